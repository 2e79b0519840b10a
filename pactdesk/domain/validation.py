"""Validation findings: what stands between a draft and its submission.

Errors block submission: an empty main answer or political assessment, an
invalid data point, a reference without a citation.  Warnings point at what
the Annex asks for but does not require: the extra requests ("Please also
report on …", "Please provide, if available, data and trends …") left
unanswered, and data presented as harmonised for a period the framework's
``data_rules`` say cannot be (the Commission's document says why; the
warning's code and sentence come from the framework too).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from enum import StrEnum

from pactdesk.domain import limits
from pactdesk.domain.contribution import (
    ACTIONS,
    DEVELOPMENTS,
    Contribution,
    DataPoint,
    answer_key,
    data_key,
    political_key,
    prompt_key,
    references_key,
)
from pactdesk.domain.framework import DataRules, Framework

# The period's form is one of the limits every door checks; re-exported for the findings' users.
from pactdesk.domain.limits import PERIOD as PERIOD
from pactdesk.domain.limits import valid_period as valid_period


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    severity: Severity
    code: str
    item: str
    message: str

    def to_json(self) -> dict[str, str]:
        return {
            "severity": self.severity.value,
            "code": self.code,
            "item": self.item,
            "message": self.message,
        }


def data_point_problems(point: DataPoint, rules: DataRules | None = None) -> list[str]:
    """What is wrong with one data point; ``rules`` give the examples of a period."""
    examples = rules.period_examples() if rules else "YYYY, YYYY-H1, YYYY-Q2, YYYY-05"
    problems = []
    if not point.indicator.strip():
        problems.append("the indicator is empty")
    if not valid_period(point.period.strip()):
        problems.append(
            f"the period {point.period!r} is not a year, half-year, quarter or month "
            f"(e.g. {examples})"
        )
    if point.value is None:
        problems.append("the value is not a number")
    if not point.unit.strip():
        problems.append("the unit is empty")
    if not point.source.strip():
        problems.append("the source is empty")
    return problems


def validate(framework: Framework, contribution: Contribution) -> list[Finding]:
    findings: list[Finding] = []

    def error(code: str, item: str, message: str) -> None:
        findings.append(Finding(Severity.ERROR, code, item, message))

    def warning(code: str, item: str, message: str) -> None:
        findings.append(Finding(Severity.WARNING, code, item, message))

    for area in framework.areas:
        if not contribution.assessment(area.id).strip():
            error(
                "empty-assessment",
                political_key(area.id),
                f"Part I, {area.id} {area.title}: the political assessment is empty.",
            )

    for commitment in framework.commitments():
        answer = contribution.commitment(commitment.id)
        cid = commitment.id
        if not answer.actions_undertaken.strip():
            error(
                "empty-answer",
                answer_key(cid, ACTIONS),
                f"{cid}: “{framework.column_actions}” is empty.",
            )
        if not answer.developments_planned.strip():
            error(
                "empty-answer",
                answer_key(cid, DEVELOPMENTS),
                f"{cid}: “{framework.column_developments}” is empty.",
            )
        for prompt in commitment.prompts:
            if answer.prompt_answer(prompt.id).strip():
                continue
            if prompt.kind == "data_request":
                has_data = any(
                    prompt.period is None or p.period.startswith(prompt.period[:4])
                    for p in answer.data
                )
                if not has_data:
                    warning(
                        "unanswered-data-request",
                        prompt_key(cid, prompt.id),
                        f"{cid}: no answer and no data for {prompt.period or 'the period'} yet "
                        f"— the Annex asks for them if available: {prompt.text}",
                    )
            else:
                warning(
                    "unanswered-prompt",
                    prompt_key(cid, prompt.id),
                    f"{cid}: not answered yet — the Annex also asks: {prompt.text}",
                )
        for index, point in enumerate(answer.data, start=1):
            for problem in data_point_problems(point, framework.data_rules):
                error("invalid-data-point", data_key(cid), f"{cid}, data point {index}: {problem}.")
            rule = (
                framework.data_rules.not_harmonised_rule(point.period.strip(), point.source)
                if point.harmonised
                else None
            )
            if rule is not None:
                explanation = rule.explanation[:1].lower() + rule.explanation[1:]
                warning(
                    rule.id,
                    data_key(cid),
                    f"{cid}, data point {index}: data for {point.period} from "
                    f"“{point.source}” is marked as harmonised; {explanation}",
                )
        for index, reference in enumerate(answer.references, start=1):
            if not reference.citation.strip():
                error(
                    "reference-without-citation",
                    references_key(cid),
                    f"{cid}, reference {index}: the citation is empty.",
                )
            if not reference.source.strip():
                error(
                    "reference-without-source",
                    references_key(cid),
                    f"{cid}, reference {index}: the source is empty.",
                )
    findings += _text_findings(framework, contribution)
    return findings


#: Added to a finding about a text the doors refuse (a draft of an older PactDesk may hold one).
_FIX_IN_PACTDESK = "changing the text in PactDesk removes it"


def _text_findings(framework: Framework, contribution: Contribution) -> list[Finding]:
    """A text no door would take in: a control character (saved by an older PactDesk).

    The exports still carry it; re-importing one would be refused, so the
    official is told which answer holds it.  Any edit in the window removes it.
    """
    found: list[Finding] = []

    def check(item: str, where: str, text: str) -> None:
        problem = limits.text_problem(text)
        if problem is not None:
            found.append(
                Finding(Severity.ERROR, "unreadable-text", item, f"{where}: {problem}; "
                        f"{_FIX_IN_PACTDESK}.")
            )  # fmt: skip

    for area in framework.areas:
        check(
            political_key(area.id),
            f"Part I, {area.id} {area.title}",
            contribution.assessment(area.id),
        )
    for commitment in framework.commitments():
        cid = commitment.id
        answer = contribution.commitment(cid)
        check(answer_key(cid, ACTIONS), f"{cid}, “{framework.column_actions}”",
              answer.actions_undertaken)  # fmt: skip
        check(answer_key(cid, DEVELOPMENTS), f"{cid}, “{framework.column_developments}”",
              answer.developments_planned)  # fmt: skip
        for prompt in commitment.prompts:
            check(prompt_key(cid, prompt.id), f"{cid}, prompt {prompt.id}",
                  answer.prompt_answer(prompt.id))  # fmt: skip
        for index, point in enumerate(answer.data, start=1):
            for name in ("indicator", "period", "unit", "source"):
                check(data_key(cid), f"{cid}, data point {index}, {name}", getattr(point, name))
        for index, reference in enumerate(answer.references, start=1):
            for name in ("source", "citation"):
                check(references_key(cid), f"{cid}, reference {index}, {name}",
                      getattr(reference, name))  # fmt: skip
    return found


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity is Severity.ERROR]


@dataclass(frozen=True, slots=True)
class Completeness:
    answered: int
    total: int

    @property
    def ratio(self) -> float:
        return self.answered / self.total if self.total else 1.0

    @property
    def percent(self) -> int:
        return int(self.ratio * 100)


def completeness(
    framework: Framework, contribution: Contribution, *, only: Collection[str] | None = None
) -> Completeness:
    """Answered prose fields (assessments, both answers, every prompt) over all of them.

    ``only`` (item keys): count those fields only — a contributor's draft
    counts the items sent to them (:func:`within`).
    """
    answered = total = 0

    def count(key: str, text: str) -> None:
        nonlocal answered, total
        if only is None or key in only:
            total += 1
            answered += bool(text.strip())

    for area in framework.areas:
        count(political_key(area.id), contribution.assessment(area.id))
    for commitment in framework.commitments():
        cid = commitment.id
        answer = contribution.commitment(cid)
        count(answer_key(cid, ACTIONS), answer.actions_undertaken)
        count(answer_key(cid, DEVELOPMENTS), answer.developments_planned)
        for prompt in commitment.prompts:
            count(prompt_key(cid, prompt.id), answer.prompt_answer(prompt.id))
    return Completeness(answered, total)


def within(findings: Iterable[Finding], only: Collection[str] | None) -> list[Finding]:
    """The findings about the items ``only`` names (all of them for None).

    A contributor's draft holds every item, but only those sent to them can
    be changed there: the others' findings are the coordinator's to fix, and
    the window's Checks and counts leave them out.
    """
    return [f for f in findings if only is None or f.item in only]
