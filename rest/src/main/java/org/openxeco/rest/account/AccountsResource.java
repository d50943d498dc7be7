package org.openxeco.rest.account;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openxeco.account.Account;
import org.openxeco.account.AccountManagement;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.Problems;
import org.openxeco.rest.Inputs;
import org.openxeco.rest.Params;
import org.openxeco.rest.Responses;

/** Accounts, for administrators: the same operations as the users screen of the portal. */
@Path("admin/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "basic")
public class AccountsResource {

    @Inject
    AccountManagement accounts;

    @Inject
    NodeUris uris;

    @GET
    @Operation(summary = "List accounts whose name or e-mail contains q (admin)")
    public Map<String, Object> list(@QueryParam("q") String text,
            @QueryParam("first") Integer first, @QueryParam("size") Integer size) {
        List<AccountView> items = accounts.list(text, first == null ? 0 : first,
                size == null ? 50 : size).stream().map(AccountView::of).toList();
        return Map.of("items", items, "total", accounts.count(text));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one account (admin)")
    public Response get(@PathParam("id") String id) {
        Account account = accounts.get(Params.uuid(id, "id"));
        return Responses.found(AccountView.of(account), account.getVersion());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account with a password that follows the rules (admin)")
    public Response create(AccountInput input) {
        AccountInput body = Inputs.required(input);
        if (body.password == null) {
            throw new InvalidInputException("password", "A password is needed");
        }
        Account created = accounts.create(body.toData(), body.password.toCharArray());
        return Responses.created(uris.baseUrl() + "/api/admin/accounts/" + created.getUuid(),
                AccountView.of(created), created.getVersion());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an account's details, roles, status and entities (admin)")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            AccountInput input) {
        UUID uuid = Params.uuid(id, "id");
        AccountInput body = Inputs.required(input);
        if (body.password != null) {
            // Taken silently, it would be lost: a password has a call of its own.
            throw Problems.invalid("password", "account.passwordElsewhere");
        }
        Account updated = accounts.update(uuid, Params.version(body.version, ifMatch),
                body.toData());
        return Responses.changed(updated.getVersion());
    }

    /** The body of a password reset: the password alone. */
    public static class NewPassword {
        public String password;
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a new password for an account and lift its lock (admin)")
    public Response resetPassword(@PathParam("id") String id, NewPassword input) {
        NewPassword body = Inputs.required(input);
        if (body.password == null) {
            throw new InvalidInputException("password", "A password is needed");
        }
        accounts.resetPassword(Params.uuid(id, "id"), body.password.toCharArray());
        return Response.noContent().build();
    }
}
