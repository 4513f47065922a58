package io.clearsky.server.funds.internal;

import io.clearsky.server.ConflictException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.funds.OrderKind;
import io.clearsky.server.funds.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stop-payment or freeze order. Its state changes only through its own methods, which refuse what the rules do
 * not allow; a change asked for twice is done once (the second time the method says nothing changed).
 */
public final class FundOrder {

    private final long id;
    private final String orderNo;
    private final OrderKind kind;
    private OrderStatus status;
    private final long agencyId;
    private final @Nullable Long caseId;
    private final String legalDocument;
    private final long accountId;
    private final long partnerId;
    private final long amountMinor;
    private final String currency;
    private final @Nullable Long followsOrderId;
    private final String issuedBy;
    private final Instant issuedAt;
    private Instant expiresAt;
    private @Nullable Long executedMinor;
    private @Nullable Instant executedAt;
    private @Nullable String executedBy;
    private @Nullable String partnerNote;
    private @Nullable Instant closedAt;
    private final long version;

    FundOrder(
            long id,
            String orderNo,
            OrderKind kind,
            OrderStatus status,
            long agencyId,
            @Nullable Long caseId,
            String legalDocument,
            long accountId,
            long partnerId,
            long amountMinor,
            String currency,
            @Nullable Long followsOrderId,
            String issuedBy,
            Instant issuedAt,
            Instant expiresAt,
            @Nullable Long executedMinor,
            @Nullable Instant executedAt,
            @Nullable String executedBy,
            @Nullable String partnerNote,
            @Nullable Instant closedAt,
            long version) {
        this.id = id;
        this.orderNo = orderNo;
        this.kind = kind;
        this.status = status;
        this.agencyId = agencyId;
        this.caseId = caseId;
        this.legalDocument = legalDocument;
        this.accountId = accountId;
        this.partnerId = partnerId;
        this.amountMinor = amountMinor;
        this.currency = currency;
        this.followsOrderId = followsOrderId;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.executedMinor = executedMinor;
        this.executedAt = executedAt;
        this.executedBy = executedBy;
        this.partnerNote = partnerNote;
        this.closedAt = closedAt;
        this.version = version;
    }

    /**
     * The partner reports what it stopped or froze (never more than ordered; 0 when the account held nothing). The
     * order's term runs from now. The same report again changes nothing; a different one is refused.
     */
    public boolean execute(long executed, @Nullable String note, String actor, Instant now, Duration term) {
        if (executed > amountMinor) {
            throw new InvalidInputException("executed", "more than the order's amount");
        }
        if (status == OrderStatus.EXECUTED && executedMinor != null && executedMinor == executed) {
            return false;
        }
        if (status != OrderStatus.ISSUED) {
            throw new ConflictException("order " + orderNo + " is " + status
                    + (executedMinor == null ? "" : " with " + executedMinor + " minor units executed")
                    + "; it cannot be executed again");
        }
        status = OrderStatus.EXECUTED;
        executedMinor = executed;
        executedAt = now;
        executedBy = actor;
        partnerNote = note;
        expiresAt = now.plus(term);
        return true;
    }

    /** The issuing centre extends an executed freeze to a later end; the same end again changes nothing. */
    public boolean extend(Instant until, Instant now) {
        if (kind != OrderKind.FREEZE) {
            throw new ConflictException(
                    "order " + orderNo + " is a stop-payment; a freeze follows it, not an extension");
        }
        if (status != OrderStatus.EXECUTED) {
            throw new ConflictException("order " + orderNo + " is " + status + "; only an executed freeze is extended");
        }
        if (until.equals(expiresAt)) {
            return false;
        }
        if (!until.isAfter(expiresAt) || !until.isAfter(now)) {
            throw new InvalidInputException("until", "must be after the freeze's current end, " + expiresAt);
        }
        expiresAt = until;
        return true;
    }

    /** The issuing centre releases the order (or withdraws it before execution); again changes nothing. */
    public boolean release(Instant now) {
        if (status == OrderStatus.RELEASED) {
            return false;
        }
        if (!status.live()) {
            throw new ConflictException("order " + orderNo + " is " + status + " already");
        }
        status = OrderStatus.RELEASED;
        closedAt = now;
        return true;
    }

    /** Ends a live order whose term is over: a stop-payment lapses, a freeze expires. */
    public boolean endTerm(Instant now) {
        if (!status.live() || expiresAt.isAfter(now)) {
            return false;
        }
        status = kind == OrderKind.STOP_PAYMENT ? OrderStatus.LAPSED : OrderStatus.EXPIRED;
        closedAt = now;
        return true;
    }

    /** A live stop-payment gives way to the freeze that followed it and was executed. */
    public boolean supersede(Instant now) {
        if (kind != OrderKind.STOP_PAYMENT || !status.live()) {
            return false;
        }
        status = OrderStatus.SUPERSEDED;
        closedAt = now;
        return true;
    }

    public long id() {
        return id;
    }

    public String orderNo() {
        return orderNo;
    }

    public OrderKind kind() {
        return kind;
    }

    public OrderStatus status() {
        return status;
    }

    public long agencyId() {
        return agencyId;
    }

    public @Nullable Long caseId() {
        return caseId;
    }

    public String legalDocument() {
        return legalDocument;
    }

    public long accountId() {
        return accountId;
    }

    public long partnerId() {
        return partnerId;
    }

    public long amountMinor() {
        return amountMinor;
    }

    public String currency() {
        return currency;
    }

    public @Nullable Long followsOrderId() {
        return followsOrderId;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public @Nullable Long executedMinor() {
        return executedMinor;
    }

    public @Nullable Instant executedAt() {
        return executedAt;
    }

    public @Nullable String executedBy() {
        return executedBy;
    }

    public @Nullable String partnerNote() {
        return partnerNote;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    long version() {
        return version;
    }
}
