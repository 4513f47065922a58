package io.clearsky.server.console.web;

import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Who is logged in, as the header shows it. */
@Component
class ConsoleUsers {

    private final AgencyManagement agencies;

    ConsoleUsers(AgencyManagement agencies) {
        this.agencies = agencies;
    }

    /**
     * The person and their centre; a platform admin's "centre" is the platform.
     *
     * @param dissuasion whether the person may read the dissuasion queue (the navigation shows its link)
     */
    record Me(String name, String role, String centre, boolean dissuasion) {}

    Me describe(Caller caller, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Long agency = caller.agencyId();
        String centre = agency == null
                ? (english ? "ClearSky platform" : "晴空平台")
                : agencies.find(agency).map(a -> name(a, english)).orElse(String.valueOf(agency));
        return new Me(caller.name(), caller.role().name(), centre, caller.may(Permission.DISSUASION_READ));
    }

    static String name(Agency agency, boolean english) {
        return english ? agency.nameEn() : agency.nameZh();
    }
}
