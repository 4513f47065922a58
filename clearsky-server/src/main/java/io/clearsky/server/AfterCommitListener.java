package io.clearsky.server;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A listener that runs asynchronously after the publishing transaction commits, tracked by the event publication
 * registry like {@code @ApplicationModuleListener}, but that opens its own transactions where it needs them. For
 * listeners that serialise on a lock: one that began a transaction first would hold a pooled database connection
 * while it waits, and enough of them starve the requests that publish the events.
 */
@Async
@TransactionalEventListener
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AfterCommitListener {}
