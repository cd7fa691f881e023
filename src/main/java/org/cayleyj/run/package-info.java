/**
 * A growth run as a concept of its own: a {@link org.cayleyj.run.GrowthJob} (graph, {@link org.cayleyj.run.EngineKind},
 * {@link org.cayleyj.run.BackendKind}, limits, checkpoints, distance table, {@link org.cayleyj.run.SparkJob}) holds
 * every rule of a run; {@link org.cayleyj.run.GrowthJob#plan()} chooses the engine and backend and opens what the run
 * needs ({@link org.cayleyj.run.GrowthPlan}); {@link org.cayleyj.run.GrowthPlan#run} computes the
 * {@link org.cayleyj.run.GrowthOutcome}. It sits above the engines ({@code bfs}, {@code gpu}, {@code spark}) and
 * below what runs growths ({@code conjecture}, {@code dataset}, {@code cli}); engine and backend names are compared
 * here only.
 */
package org.cayleyj.run;
