package org.openxeco.rest.problem;

import java.util.logging.Logger;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.StaleVersionException;
import org.openxeco.network.peers.PeerCallException;
import org.openxeco.network.trust.SignatureRefusedException;

/**
 * Maps the business exceptions: not found → 404, not allowed → 403, invalid input → 400
 * with the failing fields, stale version → 409 with both versions, other conflicts → 409,
 * a failed call to a peer → 502, a refused node signature → 401 or 403.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    private static final Logger LOG = Logger.getLogger(DomainExceptionMapper.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(DomainException e) {
        String instance = Problems.instance(uri);
        Problem problem;
        if (e instanceof NotFoundException) {
            problem = Problem.of(e.kind(), "Not found", 404, e.getMessage(), instance);
        } else if (e instanceof NotAllowedException) {
            problem = Problem.of(e.kind(), "Not allowed", 403, e.getMessage(), instance);
        } else if (e instanceof InvalidInputException invalid) {
            problem = Problem.of(e.kind(), "Invalid input", 400, e.getMessage(), instance)
                    .withErrors(invalid.errors());
        } else if (e instanceof StaleVersionException stale) {
            problem = Problem.of(e.kind(), "Version conflict", 409, e.getMessage(), instance)
                    .withVersions(stale.givenVersion(), stale.currentVersion());
        } else if (e instanceof PeerCallException) {
            problem = Problem.of(e.kind(), "Peer call failed", 502, e.getMessage(), instance);
        } else if (e instanceof SignatureRefusedException refused) {
            problem = Problem.of(e.kind(), "Signature refused", refused.refusal().status(),
                    e.getMessage(), instance);
        } else if (e instanceof ConflictException) {
            problem = Problem.of(e.kind(), "Conflict", 409, e.getMessage(), instance);
        } else {
            problem = Problem.of(e.kind(), "Refused", 400, e.getMessage(), instance);
        }
        LOG.fine(() -> "Refused " + instance + ": " + e.getMessage());
        return Problems.response(problem);
    }
}
