package org.cayleyj.catalog;

import java.util.List;
import java.util.Map;
import org.cayleyj.graph.GraphSpec;

/** A named, parameterised generator family, e.g. {@code lrx(n, k)}. */
public interface Family {

    /** The reference library's name, used as the catalog key. */
    String name();

    /** One-line definition. */
    String description();

    /** Smallest valid n. */
    int minN();

    /** Parameters besides n. */
    List<ParamSpec> params();

    /** Builds the graph with the identity central state. */
    GraphSpec build(int n, Map<String, String> params);
}
