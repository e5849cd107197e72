"""Tango's error texts, by i18nKey, for the errors this emulator sends.

Each text is the value of the key in Tango's catalogue (``messages.properties`` of Tango's RaaS client
starter, 2020) word for word, continuation lines joined: a ``java.text.MessageFormat`` pattern whose
``{0}``, ``{1}`` ... are filled in by :func:`message` and whose ``''`` is a literal quote. The tests
check every text here, and every key the emulator's source names, against a copy of that catalogue.
"""

# ruff: noqa: E501  (Tango's texts are kept on one line each, as in the catalogue)

from __future__ import annotations

import re

__all__ = ["MESSAGES", "message"]

MESSAGES: dict[str, str] = {
    "400.001": "Invalid Request",
    "400.009": "Could not read message. Check for proper JSON formatting.",
    "400.501": "JSON Parsing error. Please review your JSON formatting",
    "401.001": "HTTP Basic Authorization required",
    "401.002": "Invalid HTTP Basic Authorization credentials",
    "401.502": "Full authentication is required to access this resource",
    "402.001": "There are insufficient funds in your account to process this order.",
    "402.051": "There was an error authorizing the card. Please check your card details and try again. If you need assistance, please write to funding@tangocard.com.",
    "403.003": "Cannot resend an email that was created with sendEmail=false. Please use the order details call to access information on this order.",
    "403.004": "Cannot send more than once every {0} hours. Last sent at {1}",
    "404.001": "Not found",
    "404.002": "This customer does not exist for this platform.",
    "404.003": "The account does not exist for this platform.",
    "404.011": "The reference deposit ID provided was not found. Please verify format and ID and try again.If you need further assistance, please write to funding@tangocard.com.",
    "404.017": "The order you requested cannot be found under this platform. Please check the Order Reference Id and try again.",
    "404.022": "Credit card not found",
    "404.096": "Account does not exist or the wrong customer identifier was specified",
    "405.002": "Request method ''{0}'' not supported",
    "406.001": "Not Acceptable",
    "409.001": "Duplicate Found",
    "409.002": "Another order with the same external reference ID of {0} for accountId {1} is currently in process but not complete. Please ensure a minimum of 2 seconds for all retries.",
    "409.010": "A customer with identifier {0} already exists",
    "409.018": "The account identifier, {0}, already exists on this platform.",
    "415.001": "Unsupported Media Type",
    "422.010": "The customer identifier specified was not valid.",
    "422.024": "The Item identifier provided is not valid. Please check the identifier and try again. You can confirm valid Items with the Get Catalog call.",
    "422.025": "Amount is not within the range allowed for the item: Min = {0}, Max = {1}.",
    "422.026": "This item only allows whole values, please retry with whole values.",
    "422.027": "Amount is not correct for this fixed value item. Amount should be = {0}.",
    "422.028": "The recipient information does not appear to be correct or complete. Failed field: {0}. Please correct recipient details and try again.",
    "422.029": "This item requires a recipient email. Please update the correct recipient email and try again.",
    "422.030": "The item you requested is not active. Please contact your Tango Card CSM.",
    "422.036": "The card you attempted to fund with is not registered in our system. Please consult our documentation at https://integration-www.tangocard.com/raas_api_console/v2/ for credit card registration instructions.",
    "422.044": "DateTime must be in ISO 8601 format.",
    "422.042": "Elements per block must not exceed 100.",
    "422.043": "Order period must not exceed 100 days.",
    "422.050": "There are already 10 credit cards registered to this account. Please un-register a card and try again.",
    "422.052": "Invalid funding amount. The amount you attempted to transact was outside of the allowable range. For any concerns or assistance, please contact your support representative.",
    "422.102": "{0} is not valid. Please fix the following errors: {1}",
    "422.110": "External Reference ID must not exceed 100 characters in length",
    "422.118": "length must be between 3 and 4",
    "422.121": 'must match "\\d{4}-\\d{2}"',
    "422.124": 'must match "^[eE][\\d]{6}$"',
    "422.125": 'must match "^[uU][\\d]+$"',
    "422.126": "length must be between 5 and 100",
    "422.128": "may not be null",
    "422.135": "may not be empty",
    "422.140": "Amount is larger than 6 digits or there are more than 2 digits for cents",
    "422.141": "must be greater than or equal to 0",
    "422.142": "must be greater than or equal to 1",
    "429.001": "Too many requests",
    "429.003": "Funding failed because the registration process is not complete. Please try again once the registration period is complete. More details on credit card registration available at:  https://integration-www.tangocard.com/raas_api_console/v2/ For any concerns or assistance, please contact your support representative.",
    "429.008": "{0} rate limit {1} TPS threshold reached.",
    "500.001": "Unexpected Application error",
    "500.005": "Something went wrong with your order. Please send your platform name, JSON request and any other helpful details to to devsupport@tangocard.com. Please DO NOT send any sensitive information such as platform keys, credit card details, or passwords.",
    "503.502": "Service temporarily unavailable. We recommend implementing an incremental retry. If the problem persists please check out status page at: http://status.tangocard.com ",
}

_TOKEN = re.compile(r"\{([0-9]+)\}")


def message(i18n_key: str, *tokens: object) -> str:
    """The catalogue text of ``i18n_key`` with ``tokens`` in its ``{n}`` places."""
    text = MESSAGES[i18n_key]
    # As MessageFormat does, a place without a token stays as written (422.121 quotes "\\d{4}").
    filled = _TOKEN.sub(lambda m: str(tokens[int(m[1])]) if int(m[1]) < len(tokens) else m[0], text)
    return filled.replace("''", "'")
