/**
 * The centres' web console (issue 8): server-rendered pages (Thymeleaf and htmx) for the people of anti-fraud
 * centres, Chinese first and English on a switch. Its dashboard reads the other modules' figures through their
 * query APIs (reports, funds, check activity, dissuasion) and never writes; charts are drawn in the browser with
 * Apache ECharts from JSON the console serves. The callers' dissuasion pages take tasks and record their outcomes
 * through the warning module's {@code DissuasionManagement}, with the person's own rights. The pages live under {@code /console}, apart from the REST API,
 * behind the session login the agencies module configures. The root package is the module's API; it offers none
 * yet.
 */
@NullMarked
package io.clearsky.server.console;

import org.jspecify.annotations.NullMarked;
