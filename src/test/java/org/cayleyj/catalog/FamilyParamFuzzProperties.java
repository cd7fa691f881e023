package org.cayleyj.catalog;

import static org.cayleyj.testing.Fuzz.expectClean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.cayleyj.testing.Fuzz;

/**
 * Every catalog family built with random n and random {@code --param} values ({@link Params} and the families' own
 * value parsers, e.g. {@code classes} of conjugacy_classes): success or {@link org.cayleyj.InvalidInputException}.
 */
class FamilyParamFuzzProperties {
    private static final Catalog CATALOG = Catalog.standard();
    private static final List<String> FAMILIES = CATALOG.families().stream().map(Family::name).toList();

    private static final List<String> VALUE_SEEDS = List.of("1", "2", "3", "0", "-1", "true", "false", "QTM", "HTM",
            "fixed_HTM", "2,2:all;3:5", "3:all", "(3,):None", "2:2", "5", "17", "2147483647", "all", "yes");
    private static final List<String> VALUE_TOKENS = List.of(":all", ":None", "QSTM", "ATM", "fixed_QTM", ":3",
            "2,2", "(2,)");

    /** A family name, n and parameters to build it with. */
    record Request(String family, int n, Map<String, String> params) {
    }

    @Provide
    Arbitrary<Request> requests() {
        Arbitrary<String> family = Arbitraries.of(FAMILIES);
        Arbitrary<Integer> n = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.integers().between(0, 9)),
                Tuple.of(1, Arbitraries.of(-1, Integer.MIN_VALUE, 4096, 4097, Integer.MAX_VALUE)));
        Arbitrary<String> value = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(-3, 12).map(String::valueOf)),
                Tuple.of(4, Fuzz.garbage(VALUE_SEEDS, VALUE_TOKENS)));
        Arbitrary<List<String>> values = value.list().ofSize(6);
        Arbitrary<List<Boolean>> present = Arbitraries.of(true, false).list().ofSize(6);
        Arbitrary<String> unknown = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.of("q", "K", "", " k", "modulo", "metric")));
        return Combinators.combine(family, n, values, present, unknown).as((f, size, vals, on, extra) -> {
            Map<String, String> params = new LinkedHashMap<>();
            List<ParamSpec> specs = new ArrayList<>(CATALOG.get(f).params());
            for (int i = 0; i < specs.size() && i < vals.size(); i++) {
                if (on.get(i)) {
                    params.put(specs.get(i).name(), vals.get(i));
                }
            }
            if (!extra.isEmpty()) {
                params.put(extra, vals.get(5));
            }
            return new Request(f, size, params);
        });
    }

    @Property(tries = 700)
    void familiesBuildOrFailCleanly(@ForAll("requests") Request r) {
        expectClean(r.toString(), () -> CATALOG.build(r.family(), r.n(), r.params()));
    }

    /** Unknown family names fail cleanly too (with a suggestion when one is close). */
    @Property(tries = 300)
    void unknownFamilyNamesFailCleanly(@ForAll("familyNames") String name) {
        expectClean(name, () -> CATALOG.get(name));
    }

    @Provide
    Arbitrary<String> familyNames() {
        return Fuzz.garbage(FAMILIES, List.of("_", "-", "lrx", "cycles"));
    }
}
