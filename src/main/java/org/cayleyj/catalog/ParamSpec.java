package org.cayleyj.catalog;

/**
 * A family parameter other than the size n.
 *
 * @param name         the spec's name, used as {@code --param NAME=VALUE}
 * @param description  one line for {@code cayley catalog}
 * @param defaultValue the spec's default, or null if the parameter is required
 */
public record ParamSpec(String name, String description, String defaultValue) {
    public boolean required() {
        return defaultValue == null;
    }
}
