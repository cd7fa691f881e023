package org.cayleyj.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cayleyj.InvalidInputException;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.Family;
import org.cayleyj.catalog.ParamSpec;
import org.cayleyj.graph.Graph;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.io.GeneratorExport;
import org.cayleyj.io.GrowthReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cayley catalog}: the generator families. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "List the generator families, or show the generators of one.",
        subcommands = CatalogCommand.Show.class)
public final class CatalogCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--markdown", description = "Print the catalog as Markdown (generators/CATALOG.md).")
    boolean markdown;

    @Option(names = "--gap-dir", paramLabel = "DIR", description = "With --markdown: also list the GAP puzzle files in DIR.")
    java.nio.file.Path gapDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.print(org.cayleyj.catalog.CatalogMarkdown.render(Catalog.standard(), gapDir));
            out.flush();
            return 0;
        }
        out.printf("%-32s %-6s %-36s %s%n", "family", "min n", "parameters", "definition");
        for (Family f : Catalog.standard().families()) {
            StringBuilder p = new StringBuilder();
            for (ParamSpec s : f.params()) {
                p.append(p.length() > 0 ? " " : "").append(s.name()).append('=')
                        .append(s.required() ? "?" : s.defaultValue());
            }
            out.printf("%-32s %-6s %-36s %s%n", f.name(), f.usesN() ? Integer.toString(f.minN()) : "-",
                    p.length() == 0 ? "-" : p, f.description());
        }
        out.flush();
        return 0;
    }

    /** {@code cayley catalog show FAMILY -n N}. */
    @Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Print the generators of a family instance (or of --generators), one per line, or as JSON or "
                    + "a GAP file for other tools.",
            footer = {"", "Examples:", "  cayley catalog show lrx -n 5 --cycles --one-based",
                    "  cayley catalog show lrx -n 5 --format json",
                    "  cayley catalog show lrx -n 8 --central 00001111 --format gap > lrx8.gap   (GAP, 1-based; "
                            + "--puzzle-file reads it back)"})
    static final class Show implements Callable<Integer> {
        @Mixin
        GraphOptions graph;

        @Option(names = "--cycles", description = "Print cycle notation instead of one-line form.")
        boolean cycles;

        @Option(names = "--format", paramLabel = "FMT", description = "text (default), json, or gap (PuzzleGeometry's "
                + "GAP format: M_name:=(1,2,3); with 1-based cycles, and ip for a coset central state).")
        Format format = Format.text;

        @Spec
        CommandSpec spec;

        enum Format { text, json, gap }

        @Override
        public Integer call() {
            Graph def = graph.toRequest().resolve(Catalog.standard());
            PrintWriter out = spec.commandLine().getOut();
            int base = graph.oneBased ? 1 : 0;
            if (format != Format.text) {
                if (!(def instanceof PermutationGraph perm)) {
                    throw new InvalidInputException("--format " + format + " needs a permutation graph (not a matrix "
                            + "group)");
                }
                out.print(format == Format.json ? GeneratorExport.json(perm, base) : GeneratorExport.gap(perm));
                out.flush();
                return 0;
            }
            out.printf("# %s: %s on %s, %s, central %s%s%n", def.describe(),
                    GrowthReport.count(def.generatorNames().size(), "generator"),
                    GrowthReport.count(def.stateSize(), "position"),
                    def.isInverseClosed() ? "inverse-closed (undirected)" : "not inverse-closed (directed)",
                    def.centralText(), base == 1 ? ", 1-based" : "");
            List<String> lines = def instanceof PermutationGraph perm ? GeneratorExport.lines(perm, cycles, base)
                    : def.generatorLines(cycles);
            for (String line : lines) {
                out.println(line);
            }
            out.flush();
            return 0;
        }
    }
}
