package org.cayleyj.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cayleyj.InvalidInputException;

/** Parameter values of one family instance, validated against the family's {@link ParamSpec}s, defaults filled in. */
public final class Params {
    private final String family;
    private final Map<String, String> values;

    Params(String family, List<ParamSpec> specs, Map<String, String> given) {
        this.family = family;
        Map<String, String> v = new LinkedHashMap<>();
        for (String key : given.keySet()) {
            if (specs.stream().noneMatch(s -> s.name().equals(key))) {
                throw new InvalidInputException("family " + family + " has no parameter '" + key + "'"
                        + (specs.isEmpty() ? " (it takes only -n)" : "; its parameters are " + names(specs)));
            }
        }
        for (ParamSpec s : specs) {
            String value = given.get(s.name());
            if (value == null) {
                value = s.defaultValue();
            }
            if (value == null) {
                throw new InvalidInputException("family " + family + " needs the parameter " + s.name()
                        + " (--param " + s.name() + "=VALUE): " + s.description());
            }
            v.put(s.name(), value.trim());
        }
        this.values = v;
    }

    private static String names(List<ParamSpec> specs) {
        StringBuilder sb = new StringBuilder();
        for (ParamSpec s : specs) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(s.name());
        }
        return sb.toString();
    }

    public int getInt(String name) {
        String v = values.get(name);
        try {
            return org.cayleyj.graph.InputRules.parseInt(v);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("parameter " + name + " of " + family + " must be an integer, got '" + v + "'");
        }
    }

    public long getLong(String name) {
        String v = values.get(name);
        try {
            return org.cayleyj.graph.InputRules.parseLong(v);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("parameter " + name + " of " + family + " must be an integer, got '" + v + "'");
        }
    }

    /** A boolean parameter: {@code true} or {@code false} (any letter case), nothing else. */
    public boolean getBoolean(String name) {
        String v = values.get(name);
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new InvalidInputException("parameter " + name + " of " + family + " must be true or false, got '" + v + "'");
    }

    /** The raw text of a parameter (trimmed), for families with structured values. */
    public String getString(String name) {
        return values.get(name);
    }

    /** The values actually used, defaults included, in spec order. */
    public Map<String, String> asMap() {
        return values;
    }
}
