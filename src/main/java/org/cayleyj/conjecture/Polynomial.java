package org.cayleyj.conjecture;

import java.math.BigInteger;
import java.util.Arrays;

/** A polynomial in n with exact rational coefficients; {@code coefficients[k]} multiplies n^k. */
public record Polynomial(Rational[] coefficients) {
    public Polynomial {
        int d = coefficients.length - 1;
        while (d > 0 && coefficients[d].signum() == 0) {
            d--;
        }
        coefficients = Arrays.copyOf(coefficients, Math.max(1, d + 1));
        if (coefficients[0] == null) {
            coefficients[0] = Rational.ZERO;
        }
    }

    /** Degree (0 for constants, including zero). */
    public int degree() {
        return coefficients.length - 1;
    }

    public Rational at(long n) {
        Rational x = Rational.of(n);
        Rational acc = Rational.ZERO;
        for (int k = coefficients.length - 1; k >= 0; k--) {
            acc = acc.multiply(x).add(coefficients[k]);
        }
        return acc;
    }

    public Polynomial add(Rational c) {
        Rational[] out = coefficients.clone();
        out[0] = out[0].add(c);
        return new Polynomial(out);
    }

    /** The polynomial of degree below {@code xs.length} through the points (xs[i], ys[i]) (Lagrange, exact). */
    public static Polynomial interpolate(long[] xs, Rational[] ys) {
        int m = xs.length;
        Rational[] result = new Rational[m];
        Arrays.fill(result, Rational.ZERO);
        for (int i = 0; i < m; i++) {
            // basis polynomial prod_{j != i} (n - x_j) / (x_i - x_j)
            Rational[] basis = new Rational[m];
            Arrays.fill(basis, Rational.ZERO);
            basis[0] = Rational.ONE;
            Rational denom = Rational.ONE;
            int deg = 0;
            for (int j = 0; j < m; j++) {
                if (j == i) {
                    continue;
                }
                Rational xj = Rational.of(xs[j]);
                for (int k = deg + 1; k >= 1; k--) {
                    basis[k] = basis[k - 1].subtract(basis[k].multiply(xj));
                }
                basis[0] = basis[0].multiply(xj).negate();
                deg++;
                denom = denom.multiply(Rational.of(xs[i] - xs[j]));
            }
            Rational scale = ys[i].divide(denom);
            for (int k = 0; k < m; k++) {
                result[k] = result[k].add(basis[k].multiply(scale));
            }
        }
        return new Polynomial(result);
    }

    /** Least common multiple of the coefficient denominators. */
    public BigInteger denominator() {
        BigInteger l = BigInteger.ONE;
        for (Rational c : coefficients) {
            l = l.divide(l.gcd(c.den())).multiply(c.den());
        }
        return l;
    }

    /**
     * Readable form over a common denominator, e.g. {@code (n² - 1)/4}, {@code n(n-1)/2} is written
     * {@code (n² - n)/2}, {@code n - 1}.
     */
    @Override
    public String toString() {
        BigInteger d = denominator();
        boolean first = true;
        StringBuilder sb = new StringBuilder();
        int nonzero = 0;
        for (int k = coefficients.length - 1; k >= 0; k--) {
            BigInteger c = coefficients[k].num().multiply(d.divide(coefficients[k].den()));
            if (c.signum() == 0) {
                continue;
            }
            nonzero++;
            BigInteger abs = c.abs();
            if (first) {
                sb.append(c.signum() < 0 ? "-" : "");
            } else {
                sb.append(c.signum() < 0 ? " - " : " + ");
            }
            first = false;
            if (k == 0) {
                sb.append(abs);
            } else {
                if (!abs.equals(BigInteger.ONE)) {
                    sb.append(abs);
                }
                sb.append('n').append(power(k));
            }
        }
        String body = sb.length() == 0 ? "0" : sb.toString();
        if (d.equals(BigInteger.ONE)) {
            return body;
        }
        return (nonzero > 1 ? "(" + body + ")" : body) + "/" + d;
    }

    private static String power(int k) {
        return switch (k) {
            case 1 -> "";
            case 2 -> "²";
            case 3 -> "³";
            case 4 -> "⁴";
            default -> "^" + k;
        };
    }
}
