package org.cayleyj.conjecture;

import java.util.List;

/**
 * The outcome of fitting a sequence: the simplest quasi-polynomial that fits, or none.
 *
 * @param formula        the fitted formula, or null when nothing within the search limits fits
 * @param fromN          smallest n of the data
 * @param toN            largest n of the data
 * @param points         data points given
 * @param checkPoints    points beyond the formula's parameters that confirm it (0 without a fit)
 * @param exceptions     values of n below n0 where the data differs from the formula
 * @param maxPeriodTried largest period s searched
 * @param maxDegreeTried largest degree d searched
 */
public record FitResult(QuasiPolynomial formula, long fromN, long toN, int points, int checkPoints,
                        List<Long> exceptions, int maxPeriodTried, int maxDegreeTried) {

    public boolean found() {
        return formula != null;
    }

    /** One line for people, e.g. {@code floor(n²/4) for n ≥ 3 (checked on n = 1..15, 11 check points)}. */
    public String describe() {
        if (formula == null) {
            return "no quasi-polynomial fit with period ≤ " + maxPeriodTried + " and degree ≤ " + maxDegreeTried
                    + " (" + points + " points, n = " + fromN + ".." + toN + ")";
        }
        StringBuilder sb = new StringBuilder(formula.formula());
        sb.append(" for n ≥ ").append(formula.n0());
        sb.append(" (checked on n = ").append(fromN).append("..").append(toN).append(", ").append(checkPoints)
                .append(" check points");
        if (!exceptions.isEmpty()) {
            sb.append("; exceptions at n = ").append(exceptions.toString().replaceAll("[\\[\\]]", ""));
        }
        sb.append(')');
        if (formula.closedForm() != null && formula.period() > 1) {
            sb.append("; per class: ").append(formula.perClass());
        }
        return sb.toString();
    }
}
