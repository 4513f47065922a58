package io.clearsky.server.registry.internal;

import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.IndicatorStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes indicators out, streaming: CSV in the import's own columns (so an export imports again), or a STIX 2.1
 * bundle that threat-intelligence tools read.
 */
@Component
public class Exports {

    /** The namespace of ClearSky's deterministic STIX ids (UUIDv5 over kind and value). */
    private static final UUID STIX_NAMESPACE = UUID.fromString("6f1c3a52-8b0e-4a57-9d7c-2f4e1b9a7c10");

    private final Indicators indicators;
    private final JsonMapper json;

    Exports(Indicators indicators, JsonMapper json) {
        this.indicators = indicators;
        this.json = json;
    }

    /**
     * The registry as the Flink job's watchlist snapshot ({@link io.clearsky.core.warning.WatchlistSnapshot}): one
     * line per indicator with its packed state, as the lookup index holds it.
     */
    public void watchlist(IndicatorFilter filter, Instant now, OutputStream out) {
        try {
            Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write("# ClearSky watchlist snapshot, " + now + "\n");
            indicators.forEach(filter, indicator -> {
                try {
                    io.clearsky.core.warning.WatchlistSnapshot.writeLine(
                            writer, indicator.identifier(), indicator.state().pack());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void csv(IndicatorFilter filter, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(
                    writer,
                    CSVFormat.DEFAULT
                            .builder()
                            .setHeader(
                                    "kind",
                                    "value",
                                    "status",
                                    "scam_type",
                                    "confidence",
                                    "agency_id",
                                    "sources",
                                    "report_count",
                                    "first_seen",
                                    "last_seen",
                                    "expires_on",
                                    "note")
                            .get());
            indicators.forEach(filter, i -> {
                try {
                    csv.printRecord(
                            i.kind(),
                            i.value(),
                            i.status(),
                            i.scamType(),
                            i.confidence(),
                            i.agencyId(),
                            Indicators.sources(i.sources()),
                            i.reportCount(),
                            i.firstSeen(),
                            i.lastSeen(),
                            i.expiresOn(),
                            i.note());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A STIX 2.1 bundle with one {@code indicator} object per indicator. URLs and domains use the standard
     * {@code url} and {@code domain-name} observables; phone numbers, payment accounts, bank cards and chat accounts
     * have no standard observable, so their patterns use custom {@code x-clearsky-*} object types.
     */
    public void stix(IndicatorFilter filter, Map<Long, String> agencyNames, Instant now, OutputStream out) {
        try (JsonGenerator gen = json.createGenerator(out)) {
            gen.writeStartObject();
            gen.writeStringProperty("type", "bundle");
            gen.writeStringProperty("id", "bundle--" + UUID.randomUUID());
            gen.writeArrayPropertyStart("objects");
            agencyNames.forEach((id, name) -> {
                gen.writeStartObject();
                gen.writeStringProperty("type", "identity");
                gen.writeStringProperty("spec_version", "2.1");
                gen.writeStringProperty("id", identityId(id));
                gen.writeStringProperty("created", timestamp(now));
                gen.writeStringProperty("modified", timestamp(now));
                gen.writeStringProperty("name", name);
                gen.writeStringProperty("identity_class", "organization");
                gen.writeEndObject();
            });
            indicators.forEach(filter, i -> {
                if (i.status() == IndicatorStatus.ALLOWLISTED) {
                    return;
                }
                gen.writeStartObject();
                gen.writeStringProperty("type", "indicator");
                gen.writeStringProperty("spec_version", "2.1");
                gen.writeStringProperty("id", "indicator--" + uuid5(i.kind() + ":" + i.value()));
                gen.writeStringProperty("created", timestamp(i.createdAt()));
                gen.writeStringProperty("modified", timestamp(i.updatedAt()));
                gen.writeStringProperty("name", i.kind() + " " + i.value());
                if (i.agencyId() != null) {
                    gen.writeStringProperty("created_by_ref", identityId(i.agencyId()));
                }
                gen.writeArrayPropertyStart("indicator_types");
                gen.writeString(i.status() == IndicatorStatus.VERIFIED ? "malicious-activity" : "anomalous-activity");
                gen.writeEndArray();
                gen.writeStringProperty("pattern", pattern(i.kind(), i.value()));
                gen.writeStringProperty("pattern_type", "stix");
                gen.writeStringProperty("valid_from", timestamp(i.firstSeen()));
                if (i.expiresOn() != null) {
                    gen.writeStringProperty(
                            "valid_until",
                            timestamp(i.expiresOn()
                                    .atTime(LocalTime.MAX)
                                    .atZone(Indicator.ZONE)
                                    .toInstant()));
                }
                gen.writeNumberProperty("confidence", i.confidence());
                if (i.scamType() != null) {
                    gen.writeArrayPropertyStart("labels");
                    gen.writeString(i.scamType()
                            .name()
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace('_', '-'));
                    gen.writeEndArray();
                }
                gen.writeStringProperty("x_clearsky_status", i.status().name());
                gen.writeEndObject();
            });
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    static String pattern(IndicatorKind kind, String value) {
        String quoted = "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
        return switch (kind) {
            case URL -> "[url:value = " + quoted + "]";
            case DOMAIN -> "[domain-name:value = " + quoted + "]";
            case PHONE_NUMBER -> "[x-clearsky-phone-number:value = " + quoted + "]";
            case PAYMENT_ACCOUNT -> "[x-clearsky-payment-account:value = " + quoted + "]";
            case BANK_CARD -> "[x-clearsky-bank-card:number = " + quoted + "]";
            case CHAT_ACCOUNT -> "[x-clearsky-chat-account:value = " + quoted + "]";
        };
    }

    private static String identityId(long agencyId) {
        return "identity--" + uuid5("agency:" + agencyId);
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    /** A name-based UUID (version 5, SHA-1) in ClearSky's namespace, as STIX recommends for deterministic ids. */
    static UUID uuid5(String name) {
        try {
            java.security.MessageDigest sha1 = java.security.MessageDigest.getInstance("SHA-1");
            java.nio.ByteBuffer ns = java.nio.ByteBuffer.allocate(16)
                    .putLong(STIX_NAMESPACE.getMostSignificantBits())
                    .putLong(STIX_NAMESPACE.getLeastSignificantBits());
            sha1.update(ns.array());
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
