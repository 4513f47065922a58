package io.clearsky.server.funds;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A partner's answer to an assistance request: structured data and files. Transfers go into the transfer record
 * (and so into traces) as the partner's own; bound phone numbers go to the registry as the partner's detections.
 */
public record AnswerForm(
        @Nullable Holder holder,
        @Nullable List<TransferForm> transfers,
        @Nullable List<String> boundPhones,
        @Nullable List<Device> devices,
        @Nullable List<FileForm> files,
        @Nullable String note) {

    /** Who holds the account, as the partner verified them (实名). */
    public record Holder(
            @Nullable String name,
            @Nullable String idNumber,
            @Nullable String phone) {}

    /** A device that used the account: its kind (IMEI, IDFA, OAID, ANDROID_ID …) and id. */
    public record Device(@Nullable String kind, @Nullable String id) {}

    /** A file: its name, content type and content in base64. */
    public record FileForm(
            @Nullable String name,
            @Nullable String contentType,
            @Nullable String content) {}
}
