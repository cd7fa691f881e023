package org.cayleyj.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.graph.Graph;
import org.cayleyj.group.ExpectedSize;
import org.cayleyj.group.GroupOrders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cayley order}: the exact order of the group, or the orbit size of the central state of a coset graph. */
@Command(name = "order", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print the order of the group the generators generate (exact, by Schreier-Sims), or for a"
                + " coset graph the size of the orbit of the central state: the number of states a complete BFS"
                + " finds."},
        footer = {"", "Examples:", "  cayley order lrx -n 10", "  cayley order lrx -n 10 --central 0000011111",
                "  cayley order --puzzle-file ../shared/data/gap-puzzles/3x3x3.gap",
                "  cayley order heisenberg -n 4 --param modulo=5 --format json",
                "", "Exit codes: 0 success (also when the size is unknown), 2 bad input."})
public final class OrderCommand implements Callable<Integer> {
    @Mixin
    GraphOptions graph;

    @Option(names = "--format", paramLabel = "FMT", description = "table (default) or json.")
    Format format = Format.table;

    @Spec
    CommandSpec spec;

    enum Format { table, json }

    @Override
    public Integer call() throws Exception {
        Graph def = graph.toRequest().resolve(Catalog.standard());
        ExpectedSize e = GroupOrders.expectedSize(def);
        PrintWriter w = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectNode json = new ObjectMapper().createObjectNode();
            json.put("family", def.family());
            ObjectNode params = json.putObject("params");
            def.params().forEach((k, v) -> {
                if (v.matches("-?\\d{1,18}")) {
                    params.put(k, org.cayleyj.graph.InputRules.parseLong(v));
                } else if (v.equals("true") || v.equals("false")) {
                    params.put(k, Boolean.parseBoolean(v));
                } else {
                    params.put(k, v);
                }
            });
            json.put("n", def.n());
            json.put("state_size", def.stateSize());
            json.put("central", def.centralText());
            json.put("kind", e.kind().label());
            if (e.known()) {
                json.put("size", e.size());
            } else {
                json.putNull("size");
            }
            if (e.groupOrder() != null) {
                json.put("group_order", e.groupOrder());
            } else {
                json.putNull("group_order");
            }
            json.put("proven", e.proven());
            json.put("method", e.method());
            w.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
        } else {
            String what = e.kind() == ExpectedSize.Kind.GROUP_ORDER ? "order of "
                    : "orbit size of the central state of ";
            w.println(what + def.describe() + ": " + (e.known() ? e.size().toString() : "unknown"));
            if (e.kind() == ExpectedSize.Kind.ORBIT_SIZE) {
                w.println("group order: " + (e.groupOrder() == null ? "unknown" : e.groupOrder().toString()));
            }
            w.println((e.known() ? (e.proven() ? "exact" : "randomized") + ": " : "") + e.method());
        }
        w.flush();
        return 0;
    }
}
