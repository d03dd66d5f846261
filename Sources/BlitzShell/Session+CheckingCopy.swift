/// A checking copy of a running session, so an include read during a run is checked with what
/// the run has done so far rather than as if nothing had run.
extension Session {
    /// Takes `session`'s state as it is now and turns this session to checking before a run:
    /// nothing it runs is sent, written or printed.
    func copyState(of session: Session) {
        username = session.username
        sandboxPassword = session.sandboxPassword
        groups = session.groups
        selectedGroupID = session.selectedGroupID
        lastResults = session.lastResults
        orderedFromResults = session.orderedFromResults
        listedCollections = session.listedCollections
        lastAssigned = session.lastAssigned
        variables = session.variables
        lastError = session.lastError
        lastStatus = session.lastStatus
        settings = session.settings

        script = session.script
        script.echo = false
        script.isChecking = true
        script.isCheckingBeforeRun = true
        script.problems = []
        // Every value the run has set so far is real, none a stand-in.
        script.setAtRunTime = []
        // A group chosen at the prompt or by the including script counts as a 'use' line.
        script.mayHaveChosenGroup = session.script.mayHaveChosenGroup || session.selectedGroupID != nil
    }
}
