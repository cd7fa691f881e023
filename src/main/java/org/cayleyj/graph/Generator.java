package org.cayleyj.graph;

import java.util.Objects;
import org.cayleyj.perm.Permutation;

/** A named permutation generator. */
public record Generator(String name, Permutation permutation) implements java.io.Serializable {
    public Generator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(permutation, "permutation");
    }

    /** The reference library's default name: the comma-joined one-line form, e.g. {@code 1,2,3,0}. */
    public static Generator unnamed(Permutation p) {
        String oneLine = p.toOneLine();
        return new Generator(oneLine.substring(1, oneLine.length() - 1), p);
    }
}
