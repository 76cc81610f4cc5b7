"""nbval's debug log of kernel messages: formatted when it is written, not for every message read."""

from __future__ import annotations

import logging
import pprint

import nbval.kernel


def test_nbval_formats_a_kernel_message_only_when_its_debug_line_is_written(caplog):
    message = {"msg_type": "display_data", "content": {"data": {"image/png": "iVBOR" * 1000}}}
    deferred = nbval.kernel.pformat(message)
    assert type(deferred).__name__ == "FormattedWhenLogged"  # the session's nbval defers it
    assert str(deferred) == pprint.pformat(message)
    with caplog.at_level(logging.DEBUG, logger=nbval.kernel.logger.name):
        nbval.kernel.logger.debug("Kernel message (%s):\n%s", "iopub", deferred)
    assert caplog.records[-1].getMessage() == "Kernel message (iopub):\n" + pprint.pformat(message)
