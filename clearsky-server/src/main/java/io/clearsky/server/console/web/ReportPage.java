package io.clearsky.server.console.web;

import io.clearsky.server.reports.ReportForm;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The report form as the page posts it, field by field, so that a form with errors is shown again exactly as typed.
 * Mutable because Spring binds form fields to it; it becomes a {@link ReportForm} for the reports module.
 */
public final class ReportPage {

    /** Identifier rows shown on a fresh form; "add a row" adds one more. */
    static final int FIRST_ROWS = 2;

    /** At most this many rows, the reports module's limit. */
    static final int MAX_ROWS = 50;

    private String idempotencyKey = "";
    private String scamType = "";
    private String occurredAt = "";
    private String lossAmount = "";
    private String paymentMethod = "";
    private List<Row> identifiers = new ArrayList<>();
    private String region = "";
    private String narrative = "";
    private String reporterName = "";
    private String reporterPhone = "";

    /** One identifier the fraudster used: its kind and the value as the victim has it. */
    public static final class Row {

        private String kind = "PHONE_NUMBER";
        private String value = "";

        public String getKind() {
            return kind;
        }

        public void setKind(@Nullable String kind) {
            this.kind = kind == null ? "" : kind;
        }

        public String getValue() {
            return value;
        }

        public void setValue(@Nullable String value) {
            this.value = value == null ? "" : value;
        }
    }

    /** A fresh, empty form with its idempotency key and the first rows. */
    static ReportPage fresh(String idempotencyKey) {
        ReportPage page = new ReportPage();
        page.idempotencyKey = idempotencyKey;
        page.addRows(FIRST_ROWS);
        return page;
    }

    void addRows(int rows) {
        for (int i = 0; i < rows && identifiers.size() < MAX_ROWS; i++) {
            identifiers.add(new Row());
        }
    }

    /**
     * The form for the reports module. A time from the page's {@code datetime-local} field has no offset: it is
     * China Standard Time, as the page says; a date alone is read as midnight in China by the module.
     */
    ReportForm toForm() {
        List<ReportForm.IdentifierForm> rows = new ArrayList<>();
        for (Row row : identifiers) {
            if (!row.value.isBlank()) {
                rows.add(new ReportForm.IdentifierForm(row.kind, row.value));
            }
        }
        String when = occurredAt.strip();
        if (when.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")) {
            when = when + ":00+08:00";
        } else if (when.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}")) {
            when = when + "+08:00";
        }
        return new ReportForm(
                null,
                blankToNull(when),
                blankToNull(scamType),
                lossAmount.isBlank() ? null : new ReportForm.Loss(lossAmount.strip(), "CNY"),
                blankToNull(paymentMethod),
                rows,
                blankToNull(region),
                blankToNull(narrative),
                new ReportForm.Reporter(blankToNull(reporterName), blankToNull(reporterPhone)));
    }

    /**
     * The form field a field of the reports module's error names: {@code identifiers[i].value} is the i-th row that
     * was filled in, which is not always the i-th row on the page.
     */
    String fieldOf(String apiField) {
        java.util.regex.Matcher row =
                java.util.regex.Pattern.compile("identifiers\\[(\\d+)].*").matcher(apiField);
        if (row.matches()) {
            int filled = Integer.parseInt(row.group(1));
            for (int i = 0, seen = 0; i < identifiers.size(); i++) {
                if (!identifiers.get(i).value.isBlank() && seen++ == filled) {
                    return "identifiers" + i;
                }
            }
            return "identifiers";
        }
        return switch (apiField) {
            case "loss.amount", "loss.currency" -> "lossAmount";
            case "reporter.phone" -> "reporterPhone";
            case "reporter.name" -> "reporterName";
            default -> apiField;
        };
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(@Nullable String idempotencyKey) {
        this.idempotencyKey = idempotencyKey == null ? "" : idempotencyKey;
    }

    public String getScamType() {
        return scamType;
    }

    public void setScamType(@Nullable String scamType) {
        this.scamType = scamType == null ? "" : scamType;
    }

    public String getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(@Nullable String occurredAt) {
        this.occurredAt = occurredAt == null ? "" : occurredAt;
    }

    public String getLossAmount() {
        return lossAmount;
    }

    public void setLossAmount(@Nullable String lossAmount) {
        this.lossAmount = lossAmount == null ? "" : lossAmount;
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(@Nullable String paymentMethod) {
        this.paymentMethod = paymentMethod == null ? "" : paymentMethod;
    }

    public List<Row> getIdentifiers() {
        return identifiers;
    }

    public void setIdentifiers(@Nullable List<Row> identifiers) {
        this.identifiers = identifiers == null ? new ArrayList<>() : new ArrayList<>(identifiers);
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(@Nullable String region) {
        this.region = region == null ? "" : region;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(@Nullable String narrative) {
        this.narrative = narrative == null ? "" : narrative;
    }

    public String getReporterName() {
        return reporterName;
    }

    public void setReporterName(@Nullable String reporterName) {
        this.reporterName = reporterName == null ? "" : reporterName;
    }

    public String getReporterPhone() {
        return reporterPhone;
    }

    public void setReporterPhone(@Nullable String reporterPhone) {
        this.reporterPhone = reporterPhone == null ? "" : reporterPhone;
    }
}
