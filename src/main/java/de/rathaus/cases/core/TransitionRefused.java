package de.rathaus.cases.core;

/** The workflow does not allow this move from the case's state, or not for the current role. */
public class TransitionRefused extends RuntimeException {

    public TransitionRefused(StateKey from, StateKey to) {
        super("No transition from " + from.value() + " to " + to.value() + " for this person");
    }
}
