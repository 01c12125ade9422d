package org.communique.ingest.polling;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.communique.ingest.admin.AdminAuthenticated;
import org.communique.platform.problem.ProblemException;

import java.util.UUID;

/** Lets an operator poll a source now, to check a new or repaired source without waiting for its schedule. */
@Path("/api/v1/sources/{id}/poll")
@AdminAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class PollResource {

    private final SourcePoller poller;

    public PollResource(SourcePoller poller) {
        this.poller = poller;
    }

    @POST
    public PollOutcome poll(@PathParam("id") String id) {
        UUID sourceId;
        try {
            sourceId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no polled source " + id);
        }
        return poller.poll(sourceId).orElseThrow(() -> ProblemException.notFound("no polled source " + id));
    }
}
