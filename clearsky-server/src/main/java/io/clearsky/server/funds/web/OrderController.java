package io.clearsky.server.funds.web;

import io.clearsky.server.agencies.Caller;
import io.clearsky.server.funds.OrderForm;
import io.clearsky.server.funds.OrderManagement;
import io.clearsky.server.funds.OrderManagement.Issued;
import io.clearsky.server.funds.OrderStatus;
import io.clearsky.server.funds.OrderView;
import io.clearsky.server.funds.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stop-payment and freeze orders: issued by centres, executed by the partners that hold the accounts. */
@RestController
@Tag(name = "Orders", description = "Emergency stop-payment (紧急止付) and freeze (冻结) orders")
class OrderController {

    private final OrderManagement orders;

    OrderController(OrderManagement orders) {
        this.orders = orders;
    }

    @PostMapping("/api/v1/funds/orders")
    @Operation(
            summary = "Issue a stop-payment or freeze order (centres; send an Idempotency-Key)",
            description = "201 with the order, or 200 with the first order for a retry under the same key.")
    ResponseEntity<OrderView> issue(
            @RequestBody @Nullable OrderForm form,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        Issued issued = orders.issue(form, idempotencyKey, Caller.current());
        return ResponseEntity.status(issued.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(issued.order());
    }

    @GetMapping("/api/v1/funds/orders")
    @Operation(summary = "Your centre's orders, or your inbox as a partner: the orders addressed to you")
    Page<OrderView> page(
            @RequestParam(required = false) @Nullable OrderStatus status,
            @RequestParam(required = false) @Nullable Long caseId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return orders.page(status, caseId, page, size, Caller.current());
    }

    @GetMapping("/api/v1/funds/orders/{id}")
    @Operation(summary = "One order with its history")
    OrderView one(@PathVariable long id) {
        return orders.get(id, Caller.current());
    }

    /** What the partner stopped or froze. */
    record Acknowledgement(
            @Nullable String executed, @Nullable String note) {}

    @PostMapping("/api/v1/funds/orders/{id}/acknowledge")
    @Operation(
            summary = "Report what you stopped or froze (the partner holding the account)",
            description = "0 with a note when the account held nothing. The same report again is a repeat; another"
                    + " one is a 409.")
    OrderView acknowledge(@PathVariable long id, @RequestBody @Nullable Acknowledgement ack) {
        return orders.acknowledge(
                id, ack == null ? null : ack.executed(), ack == null ? null : ack.note(), Caller.current());
    }

    /** A freeze's new end and the document behind it. */
    record Extension(@Nullable String until, @Nullable String legalDocument) {}

    @PostMapping("/api/v1/funds/orders/{id}/extend")
    @Operation(summary = "Extend an executed freeze (the issuing centre)")
    OrderView extend(@PathVariable long id, @RequestBody @Nullable Extension extension) {
        return orders.extend(
                id,
                extension == null ? null : extension.until(),
                extension == null ? null : extension.legalDocument(),
                Caller.current());
    }

    /** Why an order is released. */
    record Release(@Nullable String reason) {}

    @PostMapping("/api/v1/funds/orders/{id}/release")
    @Operation(summary = "Release an order, or withdraw it before it is executed (the issuing centre)")
    OrderView release(@PathVariable long id, @RequestBody @Nullable Release release) {
        return orders.release(id, release == null ? null : release.reason(), Caller.current());
    }
}
