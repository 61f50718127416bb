package cn.yinling.hotline.cases.callback;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The agents' queue at one moment, as the PBX reports it: the callers waiting, each since when, and
 * how many agents are free. It decides whether a callback has reached the front of the line.
 *
 * @param waiting    callers in the queue, by their channel's Uniqueid
 * @param freeAgents   agents logged in, not paused and not on a call
 * @param agentsOnDuty agents logged in and not paused, free or not
 */
public record QueueFront(List<Waiting> waiting, int freeAgents, int agentsOnDuty) {

    public QueueFront {
        waiting = List.copyOf(waiting);
        if (freeAgents < 0 || agentsOnDuty < freeAgents) {
            throw new IllegalArgumentException("Agents: " + freeAgents + " free of " + agentsOnDuty + " on duty");
        }
    }

    /** A caller in the queue since {@code since}. */
    public record Waiting(String uniqueid, Instant since) {
    }

    /**
     * Callers in the queue who were in line before {@code place}. A called-back elder waiting in
     * the queue counts from their callback's place (the {@code callbackPlaces} by Uniqueid), not
     * from the moment they picked up.
     */
    int waitingBefore(Instant place, Map<String, Instant> callbackPlaces) {
        return (int) waiting.stream().filter(w -> callbackPlaces.getOrDefault(w.uniqueid(), w.since()).isBefore(place))
                .count();
    }

    /**
     * How many may still be ahead of a callback for it to be dialled now: one per free agent; with no
     * agent free, none — the elder is called when they are next and waits (briefly) at the front, so a
     * stream of later callers never keeps them from their turn. With no agent on duty at all nobody is
     * called: the elder would only wait on the line instead of at home.
     */
    int room() {
        return agentsOnDuty == 0 ? 0 : Math.max(1, freeAgents);
    }
}
