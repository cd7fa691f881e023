package org.cayleyj.run;

import java.util.ArrayList;
import java.util.List;
import org.cayleyj.Bytes;
import org.cayleyj.InvalidInputException;
import org.cayleyj.bfs.CheckpointStore;
import org.cayleyj.bfs.Engines;
import org.cayleyj.bfs.FrontierSearchEngine;
import org.cayleyj.bfs.GeneralEngine;
import org.cayleyj.bfs.GrowthEngine;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.MemoryEstimate;
import org.cayleyj.bfs.RankBitmapEngine;
import org.cayleyj.bfs.RunControl;
import org.cayleyj.gpu.Backend;
import org.cayleyj.graph.Graph;
import org.cayleyj.graph.RankableSpace;
import org.cayleyj.graph.StateSpace;
import org.cayleyj.spark.RunWorkDir;
import org.cayleyj.spark.SparkGrowthEngine;
import org.cayleyj.spark.SparkRuntime;
import org.cayleyj.spark.SparkSettings;

/** Turns a checked {@link GrowthJob} into a {@link GrowthPlan}: the engine and backend choice and the resources. */
final class Planner {
    private Planner() {
    }

    /** A run in this JVM: rank, frontier or general engine, Java or OpenCL. */
    static GrowthPlan local(GrowthJob job, StateSpace space) {
        Graph def = job.graph();
        GrowthLimits limits = job.limits();
        OrbitSize orbit = new OrbitSize(def);
        EngineKind kind = job.engine();
        RunControl control = RunControl.none();
        CheckpointStore store = null;
        AutoCloseable prepared = null;
        try {
            if (job.resumeDir() != null) {
                store = CheckpointStore.resume(job.resumeDir(), def.fingerprint(), def.describe());
                EngineKind written = EngineKind.parse(store.manifest().engine());
                if (kind != EngineKind.AUTO && kind != written) {
                    throw new InvalidInputException("the checkpoint in " + job.resumeDir() + " was written by the "
                            + written.cliName() + " engine; resume it with --engine " + written.cliName()
                            + " (or auto)");
                }
                if (job.distances() && written != EngineKind.RANK) {
                    throw new InvalidInputException("the checkpoint in " + job.resumeDir() + " was written by the "
                            + written.cliName() + " engine, which keeps no distance table; --save-table needs a "
                            + "rank-engine run");
                }
                kind = written;
                control = RunControl.checkpointing(store, job.checkpointEvery());
            }
            GrowthEngine e = job.distances() ? Engines.require(new RankBitmapEngine(), space)
                    : choose(kind, space, limits, orbit);
            // the frontier engine is the faster on the CPU, but a device ranks the rank engine's neighbours: with
            // --backend opencl, or when --backend auto finds one (its choice, probe included, is kept for the run)
            Backend kept = null;
            if (kind == EngineKind.AUTO && e instanceof FrontierSearchEngine && job.backend() != BackendKind.JAVA
                    && space instanceof RankableSpace r && Engines.prefersFrontier(r)
                    && RankBitmapEngine.estimateBytes(r) <= RankBitmapEngine.budgetBytes(limits)) {
                RankBitmapEngine rank = new RankBitmapEngine();
                Backend device = job.backend() == BackendKind.OPENCL ? null : Backend.auto(rank, space);
                if (device == null || device.isOpenCl()) {
                    e = rank;
                    kept = device;
                }
            }
            if (job.backend() == BackendKind.OPENCL && kind == EngineKind.AUTO && !Backend.hasKernel(e, space)
                    && !job.distances()) {
                e = Engines.require(new GeneralEngine(), space); // e.g. a coset space: only it has a kernel
            }
            Backend compute = kept != null ? kept : switch (job.backend()) {
                case JAVA -> Backend.java();
                case OPENCL -> Backend.opencl(e, space);
                case AUTO -> Backend.auto(e, space);
            };
            MemoryEstimate memory = e.estimateMemory(space, limits);
            if (memory.requiredBytes() > memory.budgetBytes()) {
                throw new InvalidInputException("the " + e.name() + " engine needs at least "
                        + Bytes.format(memory.requiredBytes()) + " but its memory budget is "
                        + Bytes.format(memory.budgetBytes()) + "; give the JVM more heap (JAVA_OPTS=-Xmx...)");
            }
            if (job.checkpoint() != null && job.resumeDir() == null) {
                store = CheckpointStore.create(job.checkpoint(), def.fingerprint(), def.describe());
                control = RunControl.checkpointing(store, job.checkpointEvery());
            }
            GrowthEngine chosen = e;
            EngineKind asked = kind;
            RunControl c = control;
            GrowthPlan.Notes notes = () -> localNotes(job, chosen, asked, space, limits, memory, orbit, c, compute);
            if (job.distances()) {
                Backend.PreparedRank rank = compute.prepareRank(new RankBitmapEngine(), space);
                prepared = rank;
                return new GrowthPlan(job, chosen, rank.engine(), rank.engine(), space, space, limits, memory, control,
                        orbit, notes, List.of(rank, store == null ? () -> { } : store::close), null);
            }
            Backend.Prepared run = compute.prepare(e, space);
            prepared = run;
            return new GrowthPlan(job, chosen, run.engine(), null, space, run.space(), limits, memory, control, orbit,
                    notes, List.of(run, store == null ? () -> { } : store::close), null);
        } catch (RuntimeException | Error failed) {
            closeQuietly(prepared, failed);
            if (store != null) {
                store.close();
            }
            throw failed;
        }
    }

    private static GrowthEngine choose(EngineKind kind, StateSpace space, GrowthLimits limits, OrbitSize orbit) {
        return switch (kind) {
            case AUTO -> Engines.auto(space, limits, space instanceof RankableSpace r && r.ranking() != null
                    && r.ranking().size() > Engines.AUTO_RANKS_PER_EDGE << 16 ? orbit.get().size() : null);
            case RANK -> Engines.require(new RankBitmapEngine(), space);
            case FRONTIER -> Engines.require(new FrontierSearchEngine(), space);
            case GENERAL -> Engines.require(new GeneralEngine(), space);
            case SPARK -> throw new IllegalStateException("the spark engine is planned by spark()");
        };
    }

    /** The memory note, the resume line and the backend's info line, as the CLI shows them unless quiet. */
    private static List<String> localNotes(GrowthJob job, GrowthEngine e, EngineKind asked, StateSpace space,
                                           GrowthLimits limits, MemoryEstimate memory, OrbitSize orbit,
                                           RunControl control, Backend compute) {
        List<String> notes = new ArrayList<>();
        MemoryEstimate m = memory;
        if (job.maxLayers() == null && m.worstBytes() > m.budgetBytes()) {
            m = e.estimateMemory(space, limits, orbit.get().size()); // the orbit may be far below the bound
        }
        if (job.maxLayers() == null && m.worstBytes() > m.budgetBytes()) {
            MemoryEstimate rank = new RankBitmapEngine().estimateMemory(space, limits);
            String why = asked == EngineKind.AUTO && rank.requiredBytes() > 0
                    ? " (the rank engine would need " + Bytes.format(rank.requiredBytes()) + ", over its budget of "
                    + Bytes.format(rank.budgetBytes()) + ")" : "";
            notes.add("note: the " + e.name() + " engine may need up to " + Bytes.format(m.worstBytes())
                    + " for this space but has " + Bytes.format(m.budgetBytes()) + why + "; if a layer does not"
                    + " fit " + (limits.spillDir() != null && EngineKind.of(e) == EngineKind.GENERAL
                    ? "it continues on disk in " + limits.spillDir() + " (--spill-dir)"
                    : "it stops with memory_limit, every layer so far exact"));
        }
        if (job.resumeDir() != null) {
            notes.add("resuming " + job.graph().describe() + " from layer " + control.store().manifest().layer()
                    + " (" + job.resumeDir() + ")");
        }
        if (compute.info() != null) {
            notes.add(compute.info());
        }
        return notes;
    }

    /** A run on the spark engine in its work directory. */
    static GrowthPlan spark(GrowthJob job, StateSpace space) {
        SparkRuntime.quietLogging();
        SparkJob s = job.spark();
        String work = job.resume() != null && !job.resume().isEmpty() ? job.resume() : s.workDir();
        RunWorkDir dir = RunWorkDir.of(s.master(), work, s.keepWorkDir());
        try {
            SparkSettings settings = new SparkSettings(s.master(), dir.path(), s.mode(), s.partitions(),
                    job.resume() != null, job.checkpointEvery(), s.conf());
            SparkGrowthEngine e = new SparkGrowthEngine(settings, job.graph());
            GrowthLimits limits = job.limits();
            MemoryEstimate memory = e.estimateMemory(space, limits);
            if (memory.requiredBytes() > memory.budgetBytes()) {
                throw new InvalidInputException("the spark engine's rank tables need "
                        + Bytes.format(memory.requiredBytes()) + ", and in local mode they live in this JVM's heap "
                        + "(budget " + Bytes.format(memory.budgetBytes()) + "); give the JVM more heap "
                        + "(JAVA_OPTS=-Xmx...) or run on a cluster (--master)");
            }
            e.checkWorkDir();
            String describe = e.describe(space);
            return new GrowthPlan(job, e, e, null, space, space, limits, memory, RunControl.none(),
                    new OrbitSize(job.graph()), () -> List.of(describe), List.of(dir), dir);
        } catch (RuntimeException | Error failed) {
            closeQuietly(dir, failed);
            throw failed;
        }
    }

    static void closeQuietly(AutoCloseable c, Throwable failed) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception | Error more) {
            failed.addSuppressed(more);
        }
    }
}
