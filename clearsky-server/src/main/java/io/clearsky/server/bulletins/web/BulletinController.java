package io.clearsky.server.bulletins.web;

import io.clearsky.server.agencies.Caller;
import io.clearsky.server.bulletins.BulletinManagement;
import io.clearsky.server.bulletins.BulletinManagement.BulletinForm;
import io.clearsky.server.bulletins.BulletinManagement.EntryForm;
import io.clearsky.server.bulletins.BulletinManagement.ReadCounted;
import io.clearsky.server.bulletins.BulletinManagement.ReadForm;
import io.clearsky.server.bulletins.BulletinView;
import io.clearsky.server.bulletins.Delivery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Centres' bulletins, and their delivery to partners' phone apps. */
@RestController
@Tag(name = "Bulletins", description = "Regional anti-fraud bulletins (反诈预警通报) and their delivery to phones")
class BulletinController {

    private final BulletinManagement bulletins;

    BulletinController(BulletinManagement bulletins) {
        this.bulletins = bulletins;
    }

    @PostMapping("/api/v1/bulletins")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Publish a bulletin for a region your centre oversees (supervisors, analysts)")
    BulletinView publish(@RequestBody @Nullable BulletinForm form) {
        return bulletins.publish(form, Caller.current());
    }

    @GetMapping("/api/v1/bulletins")
    @Operation(
            summary = "Your centres' bulletins, newest first, with delivery and read counts",
            description =
                    "Filters: region (in or covering it), status (ACTIVE, SCHEDULED, ENDED, WITHDRAWN)," + " scamType.")
    BulletinManagement.Page<BulletinView> list(
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String scamType,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return bulletins.list(region, status, scamType, page, size, Caller.current());
    }

    @GetMapping("/api/v1/bulletins/{id}")
    @Operation(summary = "One bulletin of your centres")
    BulletinView get(@PathVariable long id) {
        return bulletins.get(id, Caller.current());
    }

    @PostMapping("/api/v1/bulletins/{id}/withdraw")
    @Operation(
            summary = "Withdraw a bulletin: no longer delivered, its delivery markers deleted at once (its centre and"
                    + " those over it)")
    BulletinView withdraw(@PathVariable long id) {
        return bulletins.withdraw(id, Caller.current());
    }

    @PostMapping("/api/v1/bulletins/deliveries")
    @Operation(
            summary = "A subscriber entered a region (a GB/T 2260 code, or a WGS-84 latitude and longitude): the"
                    + " active bulletins covering it not shown to this subscriber before (partners; send an"
                    + " Idempotency-Key or requestId)",
            description = "Nothing of the request is stored but a keyed hash per bulletin shown, deleted when the"
                    + " bulletin ends or is withdrawn (docs/bulletins.md).")
    Delivery deliver(
            @RequestBody @Nullable EntryForm form,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        return bulletins.deliver(form, idempotencyKey, Caller.current());
    }

    @PostMapping("/api/v1/bulletins/{id}/reads")
    @Operation(summary = "Your subscriber read a bulletin shown to it; counted once (partners)")
    ReadCounted read(@PathVariable long id, @RequestBody @Nullable ReadForm form) {
        return bulletins.read(id, form, Caller.current());
    }
}
