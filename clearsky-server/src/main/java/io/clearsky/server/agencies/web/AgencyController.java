package io.clearsky.server.agencies.web;

import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.ApiKeySummary;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.IssuedApiKey;
import io.clearsky.server.agencies.NewAgency;
import io.clearsky.server.agencies.NewApiKey;
import io.clearsky.server.agencies.Role;
import io.clearsky.server.agencies.UserSummary;
import io.clearsky.server.agencies.internal.UserManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Agencies, their API keys and users: the admin API. */
@RestController
@Tag(name = "Agencies", description = "Anti-fraud centres, partner companies, their API keys and users")
class AgencyController {

    private final AgencyManagement agencies;
    private final UserManagement users;

    AgencyController(AgencyManagement agencies, UserManagement users) {
        this.agencies = agencies;
        this.users = users;
    }

    @PostMapping("/api/v1/agencies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an anti-fraud centre or a partner company (admin)")
    Agency register(@RequestBody NewAgency request) {
        return agencies.register(request, Caller.current());
    }

    @GetMapping("/api/v1/agencies")
    @Operation(summary = "All agencies")
    List<Agency> all() {
        return agencies.all();
    }

    @GetMapping("/api/v1/agencies/{id}")
    @Operation(summary = "One agency")
    Agency one(@PathVariable long id) {
        return agencies.get(id);
    }

    @PostMapping("/api/v1/agencies/{id}/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue an API key (admin); the key is shown in this answer only")
    IssuedApiKey issueKey(@PathVariable long id, @RequestBody NewApiKey request) {
        return agencies.issueKey(id, request, Caller.current());
    }

    @PostMapping("/api/v1/agencies/{id}/api-keys/{keyId}/rotate")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Rotate an API key (admin): a new key like it, the old one working for the overlap",
            description = "overlapHours: how long the old key keeps working, 24 unless given, at most 720")
    IssuedApiKey rotate(
            @PathVariable long id,
            @PathVariable long keyId,
            @RequestBody(required = false) @Nullable Rotation request) {
        return agencies.rotateKey(id, keyId, request == null ? null : request.overlapHours(), Caller.current());
    }

    @GetMapping("/api/v1/agencies/{id}/api-keys")
    @Operation(summary = "An agency's API keys, without the keys themselves")
    List<ApiKeySummary> keys(@PathVariable long id) {
        return agencies.keys(id, Caller.current());
    }

    @PostMapping("/api/v1/agencies/{id}/api-keys/{keyId}/revoke")
    @Operation(summary = "Revoke an API key (admin)")
    ApiKeySummary revoke(@PathVariable long id, @PathVariable long keyId) {
        return agencies.revokeKey(id, keyId, Caller.current());
    }

    @GetMapping("/api/v1/users")
    @Operation(summary = "The people you manage: all for an admin, your centres' for a supervisor")
    List<UserSummary> users() {
        return users.list(Caller.current());
    }

    @PostMapping("/api/v1/users/{username}/unlock")
    @Operation(summary = "Lift a lockout after failed logins (admin, or the user's supervisor)")
    UserSummary unlock(@PathVariable String username) {
        return users.unlock(username, Caller.current());
    }

    @PostMapping("/api/v1/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user with a one-time password (admin, or a supervisor for their centres)")
    Map<String, String> createUser(@RequestBody NewUser request) {
        String password = users.create(request.username(), request.role(), request.agencyId(), Caller.current());
        return Map.of("username", request.username(), "oneTimePassword", password);
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "Who am I")
    Caller me() {
        return Caller.current();
    }

    @PostMapping("/api/v1/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change my password (required after a one-time password)")
    void changePassword(@RequestBody PasswordChange request) {
        users.changePassword(Caller.current(), request.currentPassword(), request.newPassword());
    }

    record Rotation(@Nullable Integer overlapHours) {}

    record NewUser(String username, Role role, @Nullable Long agencyId) {}

    record PasswordChange(String currentPassword, String newPassword) {}
}
