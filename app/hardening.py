"""Process hardening for the released (frozen) app: no core dumps, no same-user ptrace.

A core dump of FaceLedger would hold the unlocked vault key and decrypted records in plain text on
disk, where the vault's encryption no longer protects them (TEST-MATRIX P5). The frozen entry point
(packaging/entry.py) calls `harden_process()` before anything else runs. The development CLI does not,
so that developers can still debug a crash.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable
from dataclasses import dataclass

# From <linux/prctl.h>; stable kernel ABI.
PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4


@dataclass(frozen=True)
class HardeningResult:
    core_limit_zeroed: bool  # RLIMIT_CORE is (0, 0)
    non_dumpable: bool  # prctl(PR_GET_DUMPABLE) == 0 (Linux only)


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


def _disable_core_limit() -> bool:
    import resource  # POSIX only; imported here so the module loads on Windows

    # Soft and hard limit both 0: the process cannot raise it again, not even a library that tries.
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def _set_non_dumpable() -> bool:
    """PR_SET_DUMPABLE 0 also covers what RLIMIT_CORE does not: a core_pattern pipe to a crash handler
    (systemd-coredump, apport) and ptrace/process_vm_readv from other processes of the same user."""
    libc = _libc()
    libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    libc.prctl.restype = ctypes.c_int
    if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        return False
    return int(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)) == 0


def harden_process() -> HardeningResult:
    """Turn off core dumps for this process; report what took effect. Never raises: a platform that
    refuses must not stop people from reaching their evidence, so a failure is reported, not fatal."""
    if sys.platform.startswith("linux"):
        return HardeningResult(
            core_limit_zeroed=_try(_disable_core_limit), non_dumpable=_try(_set_non_dumpable)
        )
    if sys.platform == "darwin":
        # macOS has no prctl. RLIMIT_CORE (0, 0) stops /cores dumps; ReportCrash keeps only a stack
        # report, not memory. PT_DENY_ATTACH is not used: it also breaks the system crash reporter.
        return HardeningResult(core_limit_zeroed=_try(_disable_core_limit), non_dumpable=False)
    # Windows: no core files. Windows Error Reporting takes minidumps only when an administrator has
    # set LocalDumps in the registry, which an app should not change; nothing to do here.
    return HardeningResult(core_limit_zeroed=False, non_dumpable=False)


def _try(step: Callable[[], bool]) -> bool:
    try:
        return step()
    except (OSError, ValueError, AttributeError):
        return False
