package io.clearsky.server.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An audit listener: runs in the publishing transaction just before it commits, so the record is the change's last
 * write and commits or rolls back with it; an event published outside any transaction is recorded at once, in a
 * transaction of its own (the insert's).
 */
@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface AuditListener {}
