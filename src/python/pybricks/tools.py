"""Common tools for timing: wait() and StopWatch."""

from ._bridge import call, call1, number


def wait(time):
    """wait(time): pause the program for `time` milliseconds."""
    ms = number(time, "time", "wait")
    # A hub returns at once for a negative time; the simulator's clock moves on in `wait`.
    call("wait", max(0.0, ms))


class StopWatch:
    """A stopwatch in milliseconds, counting from when it is created."""

    def __init__(self):
        self._start = call1("clock")
        self._paused_at = None

    def time(self):
        """time() -> int: ms elapsed, not counting paused periods."""
        now = self._paused_at if self._paused_at is not None else call1("clock")
        return int(round(now - self._start))

    def pause(self):
        """Pause the stopwatch."""
        if self._paused_at is None:
            self._paused_at = call1("clock")

    def resume(self):
        """Resume a paused stopwatch."""
        if self._paused_at is not None:
            self._start += call1("clock") - self._paused_at
            self._paused_at = None

    def reset(self):
        """Reset the time to 0 (a paused stopwatch stays paused)."""
        self._start = call1("clock")
        if self._paused_at is not None:
            self._paused_at = self._start


def _later(name):
    def not_yet(*args, **kwargs):
        raise NotImplementedError(
            name + "() is not available in Qadam yet: multitasking comes in a later version"
        )

    not_yet.__name__ = name
    not_yet.__doc__ = "Not available in Qadam yet (Pybricks multitasking)."
    return not_yet


multitask = _later("multitask")
run_task = _later("run_task")
