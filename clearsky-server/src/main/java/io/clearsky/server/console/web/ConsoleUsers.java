package io.clearsky.server.console.web;

import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Who is logged in, as the header shows it. */
@Component
class ConsoleUsers {

    private final AgencyManagement agencies;
    private final MessageSource messages;

    ConsoleUsers(AgencyManagement agencies, MessageSource messages) {
        this.agencies = agencies;
        this.messages = messages;
    }

    /**
     * The person and their centre; a platform admin's "centre" is the platform.
     *
     * @param permissions what the person's role may do; the navigation shows a section's link only to those who may
     *     read it ({@code me.may('REPORTS_READ')} in a template)
     */
    record Me(String name, String role, String centre, Set<Permission> permissions) {

        Me {
            permissions = Set.copyOf(permissions);
        }

        /** Whether the role holds the permission of this name (the templates ask by name). */
        public boolean may(String permission) {
            return permissions.contains(Permission.valueOf(permission));
        }
    }

    Me describe(Caller caller, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Long agency = caller.agencyId();
        String centre = agency == null
                ? messages.getMessage("app.platform", null, locale)
                : agencies.find(agency).map(a -> name(a, english)).orElse(String.valueOf(agency));
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (Permission permission : Permission.values()) {
            if (caller.may(permission)) {
                permissions.add(permission);
            }
        }
        return new Me(caller.name(), caller.role().name(), centre, permissions);
    }

    static String name(Agency agency, boolean english) {
        return english ? agency.nameEn() : agency.nameZh();
    }
}
