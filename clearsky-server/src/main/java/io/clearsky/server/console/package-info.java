/**
 * The web pages (issue 8): the centres' console under {@code /console} and the citizens' public pages at the root,
 * server-rendered with Thymeleaf and htmx, Chinese first and English on a switch. The console has a dashboard, the
 * indicator pages (search, import with progress, review queue, activity), reports, clusters and cases, follow the
 * money (trace graph, orders from the freeze plan, boards with deadlines), the callers' dissuasion queue, bulletins,
 * the audit trail and a password page. Every page reads and writes through the owning module's API with the logged-in
 * person's own rights, so it can do nothing the REST API would refuse them; charts and graphs are drawn in the
 * browser with Apache ECharts from JSON the pages serve. The module also draws the pages' errors
 * ({@link io.clearsky.server.ErrorPages}). The pages live behind the session login the agencies module configures
 * (the public ones behind a stateless chain of their own). The root package is the module's API; it offers none.
 */
@NullMarked
package io.clearsky.server.console;

import org.jspecify.annotations.NullMarked;
