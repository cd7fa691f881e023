package org.cayleyj.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import org.cayleyj.InvalidInputException;
import org.cayleyj.conjecture.FitResult;
import org.cayleyj.conjecture.QuasiPolynomial;
import org.cayleyj.conjecture.QuasiPolynomialFitter;
import org.cayleyj.conjecture.Sequences;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cayley conjecture}: formulas for sequences of invariants. */
@Command(name = "conjecture", mixinStandardHelpOptions = true,
        description = "Fit formulas (quasi-polynomials in n mod s) to integer sequences.",
        subcommands = {ConjectureCommand.Fit.class})
public final class ConjectureCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand: fit");
    }

    /** {@code cayley conjecture fit}. */
    @Command(name = "fit", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Fit the simplest quasi-polynomial (exact rational coefficients) to a sequence a(n).",
            footer = {"", "Examples:", "  cayley conjecture fit --values \"2:1,3:2,4:4,5:6,6:9,7:12,8:16,9:20,10:25,11:30\"",
                    "  cayley conjecture fit --csv diameters.csv --max-period 4"})
    static final class Fit implements Callable<Integer> {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Input input;

        static final class Input {
            @Option(names = "--values", paramLabel = "N:A,...", description = "The sequence as n:a(n) pairs.")
            String values;

            @Option(names = "--csv", paramLabel = "FILE", description = "A CSV with columns n,value.")
            Path csv;
        }

        @Option(names = "--max-period", paramLabel = "S", description = "Largest period tried (default 6).")
        int maxPeriod = 6;

        @Option(names = "--max-degree", paramLabel = "D", description = "Largest degree tried (default 4).")
        int maxDegree = 4;

        @Option(names = "--max-exceptions", paramLabel = "E",
                description = "Most small-n points allowed to disagree (default max(3, points/3)).")
        int maxExceptions = -1;

        @Option(names = "--format", paramLabel = "FMT", description = "text (default) or json.")
        String format = "text";

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (maxPeriod < 1 || maxPeriod > 64 || maxDegree < 0 || maxDegree > 12) {
                throw new InvalidInputException("--max-period must be 1..64 and --max-degree 0..12");
            }
            if (!format.equals("text") && !format.equals("json")) {
                throw new InvalidInputException("unknown --format '" + format + "'; use text or json");
            }
            SortedMap<Long, BigInteger> data = input.values != null ? Sequences.parse(input.values)
                    : Sequences.readCsv(input.csv);
            FitResult r = QuasiPolynomialFitter.fit(data,
                    new QuasiPolynomialFitter.Options(maxPeriod, maxDegree, maxExceptions));
            PrintWriter out = spec.commandLine().getOut();
            if (format.equals("json")) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(toJson(r)));
            } else {
                out.println(r.describe());
            }
            out.flush();
            return 0;
        }

        private static Map<String, Object> toJson(FitResult r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("found", r.found());
            m.put("n_from", r.fromN());
            m.put("n_to", r.toN());
            m.put("points", r.points());
            if (r.found()) {
                QuasiPolynomial q = r.formula();
                m.put("formula", q.formula());
                m.put("closed_form", q.closedForm());
                m.put("period", q.period());
                m.put("degree", q.degree());
                m.put("n0", q.n0());
                List<String> classes = new ArrayList<>();
                for (var p : q.classes()) {
                    classes.add(p.toString());
                }
                m.put("classes", classes);
                m.put("check_points", r.checkPoints());
                m.put("exceptions", r.exceptions());
            }
            m.put("max_period_tried", r.maxPeriodTried());
            m.put("max_degree_tried", r.maxDegreeTried());
            m.put("summary", r.describe());
            return m;
        }
    }
}
