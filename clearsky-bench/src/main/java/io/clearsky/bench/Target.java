package io.clearsky.bench;

/** A figure's target: a bound the measured value must meet, defined at {@link Size#FULL full size}. */
record Target(Comparison comparison, double bound) {

    static final Target NONE = new Target(Comparison.NONE, Double.NaN);

    static Target atLeast(double bound) {
        return new Target(Comparison.AT_LEAST, bound);
    }

    static Target atMost(double bound) {
        return new Target(Comparison.AT_MOST, bound);
    }

    static Target below(double bound) {
        return new Target(Comparison.BELOW, bound);
    }

    /** "≥ 20 M/s", "< 5 ms", "—" for none. */
    String text(Unit unit) {
        return comparison == Comparison.NONE ? "—" : comparison.symbol + " " + unit.formatBound(bound);
    }

    /**
     * Met or missed at full size; at any other size the verdict says the target is for full size, since the figures
     * move with the size of the index and the length of the run.
     */
    Verdict verdict(double measured, Size size) {
        if (comparison == Comparison.NONE) {
            return Verdict.NO_TARGET;
        }
        if (Double.isNaN(measured)) {
            return Verdict.NOT_MEASURED;
        }
        if (size != Size.FULL) {
            return Verdict.TARGET_AT_FULL_SIZE;
        }
        return comparison.holds(measured, bound) ? Verdict.MET : Verdict.MISSED;
    }

    /** How the measured value must compare with the bound. */
    enum Comparison {
        NONE(""),
        AT_LEAST("≥"),
        AT_MOST("≤"),
        BELOW("<");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        boolean holds(double measured, double bound) {
            return switch (this) {
                case NONE -> true;
                case AT_LEAST -> measured >= bound;
                case AT_MOST -> measured <= bound;
                case BELOW -> measured < bound;
            };
        }
    }
}
