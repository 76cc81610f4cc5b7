"""Load the lesson tables as typed pandas DataFrames.

One loader per table, named after it. Each reads the table's schema from ``datapackage.json``,
checks every cell, and returns real dtypes: ``datetime64`` dates, ``category`` for closed
vocabularies, nullable ``Int64``/``Float64`` numbers, ``boolean`` flags and ``string`` text.
Pass a path to load a teacher's own file with the same checks; bad data raises
:class:`~lessons_lib.errors.DataError` listing every problem.

>>> events = load_events()
>>> events["date"].dtype
dtype('<M8[us]')
>>> str(events["category"].dtype)
'category'
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pandas as pd

from .i18n import resolve
from .schema import package, table_path
from .validation import read_checked

__all__ = [
    "headline_figures",
    "load_actors",
    "load_claims",
    "load_events",
    "load_ownership",
    "load_places",
    "load_table",
    "load_user_stats",
    "load_votes",
]


@cache
def _shipped(name: str) -> pd.DataFrame:
    frame, _notes = read_checked(table_path(name), name)
    return frame


def load_table(name: str, path: str | Path | None = None) -> pd.DataFrame:
    """Any table of the package by name (``"events"``, ``"user_stats"``...), or a file of that shape.

    The loaders below (:func:`load_events`, :func:`load_user_stats`...) call it with their own
    table's name and document each column; use it when the table's name is in a variable.

    Parameters
    ----------
    name : str
        The table's name, as ``datapackage.json`` lists it: ``"events"``, ``"user_stats"``,
        ``"claims"``, ``"actors"``, ``"ownership"``, ``"places"`` or ``"votes"``.
    path : str or pathlib.Path, optional
        A CSV file with the same columns to load instead of the shipped table. It is checked like
        the shipped table; notes on how it was read (for example a French spreadsheet export with
        ``;`` between columns) come as a ``UserWarning``. By default, the shipped table.

    Returns
    -------
    pandas.DataFrame
        A new copy at each call, with typed columns: ``datetime64`` dates, ``category`` for closed
        vocabularies, nullable ``Int64``/``Float64`` numbers, ``boolean`` flags, ``string`` text.

    Raises
    ------
    KeyError
        For an unknown ``name``; the message names the tables.
    lessons_lib.errors.DataError
        When the file breaks the table's schema; the message lists every problem.

    Examples
    --------
    >>> load_table("votes")[["chamber", "yeas", "nays"]].head(1)
      chamber  yeas  nays
    0   house   352    65
    """
    if path is None:
        return _shipped(name).copy()
    frame, notes = read_checked(path, name)
    for note in notes:
        warnings.warn(f"{Path(path).name}: {note}", UserWarning, stacklevel=3)
    return frame


_LOADER_SECTIONS = """\
    Parameters
    ----------
    path : str or pathlib.Path, optional
        A CSV file with the same columns to load instead of the shipped table: a class's own
        case, a spreadsheet export. It is checked like the shipped table (a French export with
        ``;`` between columns is read too, with a ``UserWarning`` saying how). By default, the
        table that comes with the package.

    Returns
    -------
    pandas.DataFrame
        A new copy at each call, one row per {row}, with the columns and dtypes above:
        change it freely, the next call returns the table as shipped.

    Raises
    ------
    lessons_lib.errors.DataError
        When ``path`` breaks the table's schema; the message lists every problem, each with its
        line, column, value and what was expected (``lessons_lib.validate(path)`` gives the same
        list as a report, without raising).

    See Also
    --------
    lessons_lib.schema.labels : The name of each code of a closed vocabulary, in English or French.
    lessons_lib.validate : Check a file and read the report, without loading it.

"""


def _loader_docs(func: Callable[..., pd.DataFrame]) -> Callable[..., pd.DataFrame]:
    """Write the sections every loader shares (``{sections:<one row per ...>}``) into ``func``'s docstring."""
    if func.__doc__:  # None under python -OO
        func.__doc__ = re.sub(r"    \{sections:([^}]+)\}\n\n", lambda m: _LOADER_SECTIONS.format(row=m[1]),
                              func.__doc__)
    return func


@_loader_docs
def load_events(path: str | Path | None = None) -> pd.DataFrame:
    """Dated events of the case, 2016 to 2026 (``data/events.csv``).

    Columns of dtype ``category`` hold a closed vocabulary, and their categories are the whole
    vocabulary: ``value_counts()`` lists a value no row has, with a count of 0 (keep the counts
    above zero with ``counts[counts > 0]``). To show a code as a reader says it, map the column
    through ``schema.labels``: ``events["category"].map(schema.labels("events", "category"))``.

    ==============  ==============  ============================================================
    column          dtype           meaning
    ==============  ==============  ============================================================
    id              string          stable identifier, e.g. ``2020-08-06-eo-13942``
    date            datetime64      the day (or first day of the month/quarter/year)
    date_precision  category        day, month, quarter or year
    category        category        executive, legislation, court, corporate, communication,
                                    regulation, export_control, investment_screening, diplomacy
    actors          string          actor ids from ``actors.csv``, separated by ``;``
    title_en        string          what happened, in English
    title_fr        string          ce qui s'est passé, en français
    in_article      boolean         reported by the August 2020 article
    deadline_days   Int64           days given by an order or law (an extension counts them from
                                    the previous deadline: see ``note``)
    deadline        datetime64      the day the deadline fell on, as the sources state it
    source_title    string          original publisher and title of the source
    source_url      string          http(s) address of the source
    confidence      category        high, medium or low
    claim_type      category        company_claim, court_record, government_record, ...
    note            string          caveats
    excerpt         string          the source's own words that support the row (verbatim, short)
    note_fr         string          mises en garde de ``note``, en français
    short_title_en  string          a few words naming the event on a chart (may be empty)
    short_title_fr  string          quelques mots qui le nomment sur un graphique (peut être vide)
    ==============  ==============  ============================================================

    {sections:event}

    Examples
    --------
    >>> events = load_events()
    >>> order = events.set_index("id").loc["2020-08-06-eo-13942"]
    >>> (order["date"] + pd.Timedelta(days=order["deadline_days"])).date()
    datetime.date(2020, 9, 20)
    """
    return load_table("events", path)


@_loader_docs
def load_user_stats(path: str | Path | None = None) -> pd.DataFrame:
    """Dated figures: users, downloads, staff, pledged jobs and comparators (``data/user_stats.csv``).

    Values are in base units: 689 million users is ``689000000``. Downloads, monthly active users
    and daily active users are different metrics and are never mixed in one row.

    Columns of dtype ``category`` hold a closed vocabulary, and their categories are the whole
    vocabulary: ``value_counts()`` lists a value no row has, with a count of 0 (keep the counts
    above zero with ``counts[counts > 0]``). To show a code as a reader says it, map the column
    through ``schema.labels``: ``stats["metric"].map(schema.labels("user_stats", "metric"))``.

    ==============  ==============  ============================================================
    column          dtype           meaning
    ==============  ==============  ============================================================
    id              string          stable identifier, e.g. ``tiktok-mau-2020-07``
    date            datetime64      the day (or first day of the month/quarter/year)
    date_precision  category        day, month, quarter or year
    subject         string          what is counted: an actor id (tiktok, douyin, ...)
    metric          category        monthly_active_users, daily_active_users, cumulative_downloads,
                                    employees, pledged_jobs, population, share_of_adults, ...
    value           Float64         the figure in base units (percent as 0-100)
    unit            category        users, downloads, people, employees, jobs, percent, usd, ...
    qualifier       category        exact, about, more_than, fewer_than
    scope           category        world, world_excl_china, us, us_adults, eu, china, ...
    label_en        string          short label for charts
    label_fr        string          libellé court pour les graphiques
    in_article      boolean         the figure as the August 2020 article reported it
    source_title    string          original publisher and title of the source
    source_url      string          http(s) address of the source
    confidence      category        high, medium or low
    claim_type      category        company_claim, press_report, official_statistic, ...
    note            string          caveats
    excerpt         string          the source's own words that support the figure (verbatim, short)
    note_fr         string          mises en garde de ``note``, en français
    ==============  ==============  ============================================================

    {sections:figure}

    Examples
    --------
    >>> stats = load_user_stats().set_index("id")
    >>> int(stats.loc["tiktok-mau-2020-07", "value"])
    689000000
    >>> str(stats.loc["tiktok-mau-2020-07", "metric"])
    'monthly_active_users'
    """
    return load_table("user_stats", path)


@_loader_docs
def load_claims(path: str | Path | None = None) -> pd.DataFrame:
    """The August 2020 article's claims, each with a verdict and its evidence (``data/claims.csv``).

    Columns of dtype ``category`` hold a closed vocabulary, and their categories are the whole
    vocabulary: ``value_counts()`` lists a value no row has, with a count of 0 (keep the counts
    above zero with ``counts[counts > 0]``). To show a code as a reader says it, map the column
    through ``schema.labels``: ``claims["verdict"].map(schema.labels("claims", "verdict"))``.

    ============  ==========  ==================================================================
    column        dtype       meaning
    ============  ==========  ==================================================================
    id            string      stable identifier, e.g. ``c11-one-billion-users``
    statement_fr  string      the claim as the article reported it, in French
    gloss_en      string      what it says, in English
    made_by       string      actor id of who made it (``the-article`` for the reporter)
    verdict       category    correct, imprecise, overstated, unverified, disputed_later
    evidence_en   string      what the record shows
    evidence_fr   string      ce que montrent les sources
    event_id      string      related row of ``events.csv``, if any
    stat_id       string      related row of ``user_stats.csv``, if any
    source_title  string      source of the evidence
    source_url    string      http(s) address of that source
    confidence    category    high, medium or low
    claim_type    category    kind of the original claim (company_claim, press_report, ...)
    note          string      caveats
    excerpt       string      that source's own words (verbatim, short)
    note_fr       string      mises en garde de ``note``, en français
    ============  ==========  ==================================================================

    {sections:claim}

    Examples
    --------
    >>> claims = load_claims()
    >>> sorted(set(claims["verdict"].astype(str))) <= sorted(claims["verdict"].cat.categories)
    True
    """
    return load_table("claims", path)


@_loader_docs
def load_actors(path: str | Path | None = None) -> pd.DataFrame:
    """Companies, governments, agencies, courts, people, investors and media (``data/actors.csv``).

    Columns of dtype ``category`` hold a closed vocabulary, and their categories are the whole
    vocabulary: ``value_counts()`` lists a value no row has, with a count of 0 (keep the counts
    above zero with ``counts[counts > 0]``). To show a code as a reader says it, map the column
    through ``schema.labels``: ``actors["kind"].map(schema.labels("actors", "kind"))``.

    ============  ==========  ==================================================================
    column        dtype       meaning
    ============  ==========  ==================================================================
    id            string      stable identifier used by the other tables, e.g. ``bytedance``
    name_en       string      name in English
    name_fr       string      nom en français
    kind          category    company, government, agency, court, legislature, person,
                              investor, media, comparator
    country       string      ISO 3166-1 alpha-2 code, e.g. ``US``, ``CN`` (empty if none)
    role_en       string      role in the case
    role_fr       string      rôle dans l'affaire
    source_title  string      source naming the actor's role
    source_url    string      http(s) address of that source
    confidence    category    high, medium or low
    claim_type    category    kind of source
    note          string      caveats
    note_fr       string      mises en garde de ``note``, en français
    ============  ==========  ==================================================================

    {sections:actor}

    Examples
    --------
    >>> actors = load_actors().set_index("id")
    >>> actors.loc["bytedance", "country"]
    'CN'
    """
    return load_table("actors", path)


@_loader_docs
def load_ownership(path: str | Path | None = None) -> pd.DataFrame:
    """Reported shares of the TikTok USDS Joint Venture (``data/ownership.csv``).

    Columns of dtype ``category`` hold a closed vocabulary, and their categories are the whole
    vocabulary: ``value_counts()`` lists a value no row has, with a count of 0 (keep the counts
    above zero with ``counts[counts > 0]``). To show a code as a reader says it, map the column
    through ``schema.labels``: ``ownership["qualifier"].map(schema.labels("ownership", "qualifier"))``.

    ==============  ==========  ================================================================
    column          dtype       meaning
    ==============  ==========  ================================================================
    id              string      stable identifier
    date            datetime64  date of the reported shares
    date_precision  category    day, month, quarter or year
    holder          string      actor id of the shareholder
    share_percent   Float64     reported share, 0-100
    qualifier       category    exact, about, more_than, fewer_than
    source_title    string      source of the figure
    source_url      string      http(s) address of that source
    confidence      category    high, medium or low
    claim_type      category    kind of source
    note            string      caveats
    excerpt         string      that source's own words (verbatim, short)
    note_fr         string      mises en garde de ``note``, en français
    ==============  ==========  ================================================================

    The shares add up to 100: the 50% new-investor consortium is three named 15% stakes plus
    about 5% for members the memo does not name (a derived row, qualifier ``about``).

    {sections:shareholder}

    Examples
    --------
    >>> round(float(load_ownership()["share_percent"].sum()), 1)
    100.0
    """
    return load_table("ownership", path)


@_loader_docs
def load_places(path: str | Path | None = None) -> pd.DataFrame:
    """Places named for storing, hosting or controlling TikTok data (``data/places.csv``).

    Columns of dtype ``category`` hold a closed vocabulary, and their categories are the whole
    vocabulary: ``value_counts()`` lists a value no row has, with a count of 0 (keep the counts
    above zero with ``counts[counts > 0]``). To show a code as a reader says it, map the column
    through ``schema.labels``: ``places["role"].map(schema.labels("places", "role"))``.

    ==============  ==========  ================================================================
    column          dtype       meaning
    ==============  ==========  ================================================================
    id              string      stable identifier
    name_en         string      place name in English
    name_fr         string      nom du lieu en français
    country         string      ISO 3166-1 alpha-2 code
    latitude        Float64     decimal degrees, approximate
    longitude       Float64     decimal degrees, approximate
    role            category    primary_storage, backup, headquarters, cloud_host
    operator        string      actor id of who runs it
    period          string      when it played this role
    description_en  string      what happened there
    description_fr  string      ce qui s'y est passé
    in_article      boolean     named by the August 2020 article
    source_title    string      source
    source_url      string      http(s) address of that source
    confidence      category    high, medium or low
    claim_type      category    kind of source (TikTok's storage statement is a company claim)
    note            string      caveats
    note_fr         string      mises en garde de ``note``, en français
    ==============  ==========  ================================================================

    {sections:place}

    Examples
    --------
    >>> load_places()["role"].cat.categories.tolist()
    ['primary_storage', 'backup', 'headquarters', 'cloud_host']
    """
    return load_table("places", path)


@_loader_docs
def load_votes(path: str | Path | None = None) -> pd.DataFrame:
    """Roll-call votes on the 2024 divest-or-ban law (``data/votes.csv``).

    Columns of dtype ``category`` hold a closed vocabulary, and their categories are the whole
    vocabulary: ``value_counts()`` lists a value no row has, with a count of 0 (keep the counts
    above zero with ``counts[counts > 0]``). To show a code as a reader says it, map the column
    through ``schema.labels``: ``votes["chamber"].map(schema.labels("votes", "chamber"))``.

    ==============  ==========  ================================================================
    column          dtype       meaning
    ==============  ==========  ================================================================
    id              string      stable identifier
    date            datetime64  day of the vote
    date_precision  category    day, month, quarter or year
    chamber         category    house or senate
    bill            string      bill number and short title
    yeas            Int64       votes for
    nays            Int64       votes against
    event_id        string      the vote's row in ``events.csv``
    source_title    string      source
    source_url      string      http(s) address of that source
    confidence      category    high, medium or low
    claim_type      category    kind of source
    note            string      caveats
    excerpt         string      that source's own words (verbatim, short)
    note_fr         string      mises en garde de ``note``, en français
    ==============  ==========  ================================================================

    {sections:roll-call vote}

    Examples
    --------
    >>> votes = load_votes()
    >>> int(votes["yeas"].iloc[0]), int(votes["nays"].iloc[0])
    (352, 65)
    """
    return load_table("votes", path)


def headline_figures(lang: str | None = None) -> pd.DataFrame:
    """The article's three headline figures, each beside what the record shows.

    One row per (reported figure, record) pair: the "nearly 1 billion users" of August 2020 is
    set against the 689 million monthly active users of July 2020 and against the 1 billion
    announced in September 2021. ``ratio`` is reported value / record value. The pairs are
    listed in ``datapackage.json`` (``x-headline-figures``), not in code.

    Parameters
    ----------
    lang : {"en", "fr"}, optional
        The language of the two label columns. By default, the language the lesson set with
        ``set_language`` (or ``TECHGEO_LANG``).

    Returns
    -------
    pandas.DataFrame
        One row per pair, with the columns ``reported_id``, ``reported_label``, ``reported_value``,
        ``reported_qualifier`` (the article's figure), ``record_id``, ``record_label``,
        ``record_date``, ``record_metric``, ``record_value``, ``record_qualifier``,
        ``record_claim_type``, ``record_source`` (the figure of the record) and ``ratio``. Each column
        has the dtype of the ``user_stats`` column it comes from (:func:`load_user_stats`): the metric,
        qualifiers and claim type are categoricals with the schema's categories.

    See Also
    --------
    load_user_stats : The table both figures of each pair come from.

    Examples
    --------
    >>> h = headline_figures()
    >>> row = h[h["record_id"] == "tiktok-mau-2020-07"].iloc[0]
    >>> int(row["reported_value"]), int(row["record_value"]), round(float(row["ratio"]), 2)
    (1000000000, 689000000, 1.45)
    >>> h["record_claim_type"].dtype == load_user_stats()["claim_type"].dtype
    True
    """
    code = resolve(lang)
    stats = load_user_stats()
    # each column of the result and the user_stats column it copies: it keeps that column's dtype (the
    # schema's categories for metric, qualifier and claim type), so it compares and sorts as the table does
    reported = {"reported_id": "id", "reported_label": f"label_{code}", "reported_value": "value",
                "reported_qualifier": "qualifier"}
    record = {"record_id": "id", "record_label": f"label_{code}", "record_date": "date", "record_metric": "metric",
              "record_value": "value", "record_qualifier": "qualifier", "record_claim_type": "claim_type",
              "record_source": "source_title"}
    by_id = stats.set_index("id", drop=False)
    rows = []
    for pair in package()["x-headline-figures"]:
        for record_id in pair["record"]:
            rows.append({**{column: by_id.at[pair["reported"], source] for column, source in reported.items()},
                         **{column: by_id.at[record_id, source] for column, source in record.items()}})
    columns = {**reported, **record}
    table = pd.DataFrame(rows, columns=list(columns))
    table = table.astype({column: stats[source].dtype for column, source in columns.items()})
    table["ratio"] = table["reported_value"] / table["record_value"]
    return table
