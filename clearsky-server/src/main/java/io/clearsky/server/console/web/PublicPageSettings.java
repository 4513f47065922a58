package io.clearsky.server.console.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public pages' own limits ({@code clearsky.pages.*}).
 *
 * @param checksPerHour checks one client address may make on the public check page in an hour: the API's check
 *     needs a partner's key, the page none, so a script must not learn from it which of its numbers are listed
 */
@ConfigurationProperties("clearsky.pages")
record PublicPageSettings(@DefaultValue("120") int checksPerHour) {}
