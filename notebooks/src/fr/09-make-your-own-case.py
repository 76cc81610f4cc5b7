# %% [markdown] en="53ed7c8114"
# # 09 · Construire son propre dossier
#
# **Durée :** 60 minutes (cours 20, exercices 40) · **Prérequis :** leçon 02 (la table des événements et sa
# chronologie) ; la leçon 06 est utile (sources et verdicts)
#
# **Les questions de la leçon**
# - De quoi un fichier d'événements a-t-il besoin pour que `lessons_lib` puisse le lire, le vérifier et le
#   représenter ?
# - Comment lire un rapport de validation, et corriger ce qu'il signale ?
# - Qu'est-ce qu'une bonne source pour une ligne, et quel degré de confiance faut-il lui accorder ?
# - Quelles autres affaires de géopolitique du numérique entrent dans ce cadre ?
#
# **Objectifs**
# - Construire une table d'événements pour une autre affaire (ici WeChat, 2020–2021) sous la forme d'un DataFrame
#   pandas, uniquement à partir de faits sourcés.
# - L'écrire dans un fichier CSV et la valider avec `lessons_lib.validate`, puis corriger chaque problème que
#   signale le rapport.
# - Charger le fichier corrigé avec `load_events(path)` et tracer sa chronologie.
# - Choisir des sources et des niveaux de confiance que l'on peut justifier, et préparer son propre dossier.
#
# ---
#
# **Pourquoi WeChat ?** Le jour même du décret contre TikTok, le président Trump a signé un décret jumeau contre
# WeChat, la messagerie de l'entreprise chinoise Tencent. Cette histoire est courte, bien documentée par les
# décisions de justice et par le *Federal Register* (le journal officiel fédéral), et elle s'est terminée plus
# tôt : le décret a été bloqué par la justice puis abrogé en 2021, et aucune loi n'a suivi. C'est un bon premier
# dossier à construire soi-même. Les faits ci-dessous proviennent tous des notes de recherche du projet, chacun
# avec sa source.

# %% en="9ed90d8a98"
import tempfile
from pathlib import Path

import pandas as pd
from IPython.display import display

import lessons_lib
from lessons_lib import charts, load_events, quiz, schema, set_language

set_language("fr")  # graphiques, quiz et vérifications en français ; l'édition anglaise dit "en"

# Tous les fichiers écrits par cette leçon vont dans un dossier temporaire, jamais dans le dossier des leçons.
workdir = tempfile.TemporaryDirectory(prefix="techgeo-09-")
folder = Path(workdir.name)

# %% [markdown] en="f04eaeec3c"
# ## 1. La forme d'un fichier d'événements
#
# Les colonnes d'une table d'événements ne sont pas écrites dans cette leçon : elles viennent du schéma des données
# du projet (`data/datapackage.json`), celui-là même qu'utilise le validateur. Interrogez-le :

# %% en="dc073798e7"
fields = schema.fields("events")
columns = [f["name"] for f in fields]


def rule(field):
    """Ce qu'accepte une colonne, en mots : sa liste fermée de valeurs, son indication ou son type."""
    constraints = field.get("constraints", {})
    if "enum" in constraints:
        return "une valeur parmi : " + ", ".join(constraints["enum"])
    return field.get("x-hint-fr") or field.get("type", "string")


guide = pd.DataFrame({
    "colonne": columns,
    "obligatoire": [bool(f.get("constraints", {}).get("required")) for f in fields],
    "accepte": [rule(f) for f in fields],
})
with pd.option_context("display.max_colwidth", 90):
    display(guide)

# %% [markdown] en="0e9a2e0b8e"
# Deux colonnes méritent une explication avant d'écrire la moindre ligne :
#
# - `claim_type` dit *sur quel type de déclaration* repose la ligne : un `government_record` (un document
#   officiel, comme un décret publié au *Federal Register*), un `court_record` (une décision de justice), un
#   `company_claim` (une déclaration de l'entreprise), un `press_report` (un article de presse)…
# - `confidence` indique *le degré de confiance* que l'on peut accorder à la ligne : `high` (élevée) pour une source
#   primaire ou plusieurs sources concordantes, `medium` (moyenne) pour une seule source secondaire ou un détail non
#   confirmé, `low` (faible) pour un agrégateur ou une estimation.

# %% en="78c211c67b"
for f in fields:
    if f["name"] in ("claim_type", "confidence", "source_url"):
        print(f"{f['name']} : {f.get('x-description-fr', '')}")

# %% [markdown] en="a093dd8f22"
# ## 2. Un premier brouillon, avec les erreurs que l'on commet vraiment
#
# Voici un premier brouillon du dossier WeChat : six événements tirés des notes de recherche, chacun avec sa
# source. Il contient **trois erreurs volontaires**, de celles que produisent un tableur ou un travail trop
# pressé. Ne les cherchez pas encore : laissez le validateur les trouver.

# %% en="5fcab0383b"
rows = [
    {"id": "2020-06-29-india-blocks-apps", "date": "2020-06-29", "date_precision": "day",
     "category": "regulation", "actors": "india-government;wechat;tiktok",
     "title_en": "India blocks 59 Chinese apps, including TikTok and WeChat, under section 69A of its IT Act.",
     "title_fr": "L'Inde bloque 59 applications chinoises, dont TikTok et WeChat, en vertu de l'article 69A de sa loi sur les technologies de l'information.",
     "in_article": False, "deadline_days": None, "deadline": None,
     "source_title": "CNA (Channel NewsAsia): India bans 59 Chinese mobile apps over 'security' concerns",
     "source_url": "https://www.channelnewsasia.com/news/business/india-bans-59-chinese-mobile-apps-over-security-concerns-12882644",
     "confidence": "high", "claim_type": "press_report", "note": "Deux semaines après l'affrontement de la vallée de Galwan, le 15 juin 2020."},
    {"id": "2020-08-06-eo-13943", "date": "06/08/2020", "date_precision": "day",
     "category": "executive", "actors": "trump;wechat;tencent",
     "title_en": "Trump signs EO 13943 against WeChat and Tencent: transactions to be banned after 45 days.",
     "title_fr": "Donald Trump signe le décret 13943 contre WeChat et Tencent : transactions interdites au bout de 45 jours.",
     "in_article": False, "deadline_days": 45, "deadline": "2020-09-20",
     "source_title": "U.S. District Court, N.D. Cal., No. 20-cv-05910-LB: Order Granting Motion for Preliminary Injunction (via DocumentCloud)",
     "source_url": "https://assets.documentcloud.org/documents/7213825/WE-CHAT-USERS-ALLIANCE-ORDER-GRANTING-MOTION-for.txt",
     "confidence": "high", "claim_type": "government_record", "note": "Date et contenu tels que les décrit la décision de suspension visant WeChat."},
    {"id": "2020-09-18-commerce-identifies", "date": "2020-09-18", "date_precision": "day",
     "category": "executive", "actors": "us-commerce;wechat;tiktok",
     "title_en": "Commerce identifies the banned transactions, including app-store distribution of WeChat from 20 September.",
     "title_fr": "Le département du Commerce définit les transactions interdites, dont la distribution de WeChat dans les magasins d'applications dès le 20 septembre.",
     "in_article": False, "deadline_days": None, "deadline": None,
     "source_title": "Chain Store Age: U.S. readies TikTok ban, status of Oracle-Walmart deal uncertain",
     "source_url": "https://chainstoreage.com/us-readies-tiktok-ban-status-oracle-walmart-deal-uncertain",
     "confidence": "high", "claim_type": "press_report", "note": "Publié au Federal Register (85 FR 60061) le 24 septembre 2020."},
    {"id": "2020-09-19-wechat-injunction", "date": "2020-09-19", "date_precision": "day",
     "category": "court", "actors": "beeler;wechat",
     "title_en": "Magistrate Judge Laurel Beeler enjoins EO 13943 on First Amendment grounds (U.S. WeChat Users Alliance v. Trump).",
     "title_fr": "La juge Laurel Beeler suspend le décret 13943 au nom du Premier amendement (U.S. WeChat Users Alliance v. Trump).",
     "in_article": False, "deadline_days": None, "deadline": None,
     "source_title": "U.S. District Court, N.D. Cal., No. 20-cv-05910-LB: Order Granting Motion for Preliminary Injunction (via DocumentCloud)",
     "source_url": "https://assets.documentcloud.org/documents/7213825/WE-CHAT-USERS-ALLIANCE-ORDER-GRANTING-MOTION-for.txt",
     "confidence": "high", "claim_type": "court_record", "note": None},
    {"id": "2021-01-05-eo-13971", "date": "2021-01-05", "date_precision": "day",
     "category": "executive order", "actors": "trump;wechat",
     "title_en": "Trump signs EO 13971 against eight more China-linked apps, such as Alipay and WeChat Pay.",
     "title_fr": "Donald Trump signe le décret 13971 visant huit autres applications liées à la Chine, dont Alipay et WeChat Pay.",
     "in_article": False, "deadline_days": None, "deadline": None,
     "source_title": "Steptoe International Compliance Blog (Jun 2021): Biden administration revokes TikTok and WeChat executive orders",
     "source_url": "https://www.steptoeinternationalcomplianceblog.com/2021/06/biden-administration-revokes-tiktok-and-wechat-executive-orders-revises-framework-on-security-threats-from-foreign-apps/",
     "confidence": "high", "claim_type": "press_report", "note": None},
    {"id": "2021-06-09-eo-14034", "date": "2021-06-09", "date_precision": "day",
     "category": "executive", "actors": "biden;wechat",
     "title_en": "Biden's EO 14034 revokes EOs 13942, 13943 and 13971 and orders an evidence-based review of apps linked to foreign adversaries.",
     "title_fr": "Le décret 14034 de Joe Biden abroge les décrets 13942, 13943 et 13971 et ordonne un examen, fondé sur des preuves, des applications liées à des puissances adverses.",
     "in_article": False, "deadline_days": None, "deadline": None,
     "source_title": "Steptoe International Compliance Blog (Jun 2021): Biden administration revokes TikTok and WeChat executive orders",
     "source_url": "",
     "confidence": "high", "claim_type": "press_report", "note": None},
]
draft = pd.DataFrame(rows).reindex(columns=columns)  # les colonnes dans l'ordre du schéma
draft["deadline_days"] = draft["deadline_days"].astype("Int64")  # nombres entiers, vides quand il n'y en a pas
draft[["id", "date", "category", "source_url"]]

# %% [markdown] en="5b5f3f9c69"
# Écrivez-le dans un fichier CSV, comme le ferait un tableur, puis validez le fichier :

# %% en="681b76b5ca"
path = folder / "wechat_events.csv"
draft.to_csv(path, index=False)
report = lessons_lib.validate(path)
print(report)

# %% [markdown] en="41dc7d5b9d"
# ## 3. Lire le rapport
#
# Le validateur signale **tous** les problèmes d'un coup, pas seulement le premier, et chacun indique *où* (la ligne du
# fichier et la colonne), *ce qu'il a trouvé* et *ce qu'il attendait*. La ligne 1 est l'en-tête : la première ligne de
# données est donc la ligne 2. Le rapport est aussi fait de données que l'on peut traiter par le calcul :

# %% en="699dc00962"
for problem in report.problems:
    found = repr(problem.value) if problem.value is not None else "(une cellule vide)"
    print(f"ligne {problem.line} | colonne {problem.column!r} | trouvé {found}")
    print(f"    attendu : {problem.expectation()}")

# %% [markdown] en="0f68388cc4"
# Regardez la date. Dans un tableur français, le jour vient en premier : il s'agit du 6 août. Un lecteur américain
# lit d'abord le mois, et y voit le 8 juin. La forme ISO (année, mois, jour) est la seule que personne ne lit de
# travers : c'est pourquoi le schéma l'impose. (La date qui figure dans le message du validateur est son exemple
# habituel ; la bonne date pour cette ligne est celle du décret lui-même.) La catégorie `executive order` est une
# expression naturelle, mais elle ne fait pas partie des valeurs permises, et le rapport propose la plus proche.
# La dernière ligne n'a pas d'adresse pour sa source.
#
# ### Exercice 1 : quelles colonnes faut-il corriger ?
#
# À partir de `report.problems`, calculez la **liste triée** des colonnes qui ont un problème (chaque colonne une
# seule fois).

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="ee7e26431b"
answer = sorted({problem.column for problem in report.problems})
print(answer)

# %% tags=["check"] en="998ee32a5a"
lessons_lib.check(answer, exercise="09.1", inputs={"path": path})

# %% [markdown] en="9fc4418ef7"
# ### Exercice 2 : corriger le brouillon et valider de nouveau
#
# Corrigez les trois cellules de `draft` avec `.loc` (retrouvez chaque ligne par son `id`), réécrivez le fichier
# au même emplacement `path`, validez-le, et donnez à `answer` la valeur `.ok` du nouveau rapport (vraie quand il
# ne reste aucun problème).
#
# Pour l'adresse manquante : la source de la dernière ligne est le même billet de blog que celle de la ligne
# précédente ; son adresse se trouve donc déjà dans `draft`.

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="969e13fc04"
fixed = draft.set_index("id")
fixed.loc["2020-08-06-eo-13943", "date"] = "2020-08-06"
fixed.loc["2021-01-05-eo-13971", "category"] = "executive"
fixed.loc["2021-06-09-eo-14034", "source_url"] = fixed.loc["2021-01-05-eo-13971", "source_url"]
draft = fixed.reset_index()
draft.to_csv(path, index=False)
answer = lessons_lib.validate(path).ok
print(lessons_lib.validate(path))

# %% tags=["check"] en="9b6a62a2f4"
lessons_lib.check(answer, exercise="09.2", inputs={"path": path})

# %% [markdown] en="abad722521"
# La suite de la leçon a besoin d'un fichier valide. Si le vôtre a encore des problèmes, cette cellule le laisse
# tel quel et continue avec les lignes du projet pour les mêmes événements (revenez à l'exercice 2 quand vous le
# voudrez).

# %% en="e0eec5e260"
report = lessons_lib.validate(path)
if report.ok:
    print(f"Votre fichier est valide ({report.rows} lignes) : la suite de la leçon l'utilise.")
else:
    print(f"Votre fichier n'est pas encore valide (problèmes restants : {len(report.problems)}) : "
          f"la suite de la leçon utilise les lignes du projet.")
    record = pd.read_csv(schema.data_dir() / "events.csv", dtype=str, keep_default_na=False)
    path = folder / "wechat_events_from_the_package.csv"
    record[record["id"].isin(draft["id"])].to_csv(path, index=False)

# %% [markdown] en="ee52c26eab"
# **Enregistré depuis un tableur français ?** Excel en français enregistre les fichiers « CSV » avec des
# points-virgules entre les colonnes, et parfois avec une marque d'ordre des octets (BOM) au début. Le validateur
# lit un tel fichier et indique comment il l'a lu, dans ses *notes* :

# %% en="444f24a0b6"
french_path = folder / "wechat_events_excel_fr.csv"
pd.read_csv(path, dtype=str, keep_default_na=False).to_csv(french_path, index=False, sep=";", encoding="utf-8-sig")
print(lessons_lib.validate(french_path, table="events"))

# %% [markdown] en="732c21813f"
# ## 4. Le charger et le représenter
#
# Un fichier valide se charge avec le même outil que les données du projet, et avec de vrais types : des dates que
# l'on peut soustraire, des catégories, des nombres entiers.

# %% en="29686e514d"
wechat = load_events(path)
wechat.dtypes

# %% [markdown] en="94ca9eca02"
# ### Exercice 3 : l'interdiction est-elle passée près de s'appliquer ?
#
# Le décret 13943 donnait à son interdiction un délai en jours (`deadline_days`). Calculez à partir de `wechat` le
# nombre de jours entre le décret et la suspension prononcée par la juge Beeler. Comparez-le avec le délai du
# décret : l'interdiction est-elle passée près d'entrer en vigueur ?

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="70020a5110"
case = wechat.set_index("id")
answer = (case.loc["2020-09-19-wechat-injunction", "date"] - case.loc["2020-08-06-eo-13943", "date"]).days
print(f"{answer} jours après le décret ; le délai était de {case.loc['2020-08-06-eo-13943', 'deadline_days']} jours")

# %% tags=["check"] en="2276e79a50"
lessons_lib.check(answer, exercise="09.3")

# %% [markdown] en="ee36934758"
# La vérification a comparé votre fichier avec la table des événements du projet, qui contient les deux mêmes
# événements. Confronter un nouveau fichier à une référence est une habitude à garder. Lesquelles de vos lignes
# figurent déjà dans la référence ?

# %% en="ac9e8f283e"
reference = load_events()
in_reference = wechat["id"].isin(reference["id"])
print(f"{in_reference.sum()} lignes sur {len(wechat)} ont un id déjà présent dans la table des événements du projet :")
print(wechat.loc[in_reference, "id"].tolist())

# %% [markdown] en="1eee30dbbf"
# Tous les id de votre brouillon ne se retrouvent pas dans la référence, et pourtant chaque événement de votre
# fichier y figure : le projet nomme certains d'entre eux autrement (par exemple `2020-06-29-india-ban`). Un id est
# un nom que quelqu'un a choisi : un id absent ne prouve donc pas qu'un événement manque. Rapprochez les autres
# lignes par leur date, puis lisez les titres pour confirmer (si la leçon a continué avec les lignes du projet,
# tous les id correspondent et ce tableau est vide) :

# %% en="01dd684a98"
others = wechat.loc[~in_reference, ["id", "date"]]
same_day = others.merge(reference[["id", "date"]], on="date", suffixes=("_fichier", "_reference"))
print(same_day.to_string(index=False))

# %% [markdown] en="f1e385c8af"
# Représentez maintenant l'affaire. La chronologie lit votre fichier comme les données du projet, et trace le délai
# du décret sous la forme d'une barre qui va de sa date à son échéance, la colonne `deadline` (une ligne sans
# `deadline` n'a pas de barre). Par défaut, elle marque la date de l'article sur TikTok et porte le titre de
# l'affaire TikTok ; pour une autre affaire, changez les deux (le titre dans la langue de l'élève, grâce à
# `lessons_lib.i18n.pick`) :

# %% en="72508c9bea"
title = lessons_lib.i18n.pick({"en": "The WeChat case, 2020-2021", "fr": "L'affaire WeChat, 2020-2021"})
fig = charts.timeline(wechat, article_date=None, title=title)
print(charts.describe(fig))
fig

# %% [markdown] en="b09463d128"
# ## 5. Votre propre dossier
#
# Partez d'une table vide qui a les colonnes du schéma. Chaque ligne a besoin d'une source que vous avez lue
# vous-même : les notes de recherche du projet, un registre officiel, le registre des actes d'un tribunal
# (*docket*), une dépêche d'agence de presse.

# %% en="08ab9b6d2b"
template = pd.DataFrame(columns=columns)
template

# %% [markdown] en="554ced7871"
# Une autre affaire pour commencer : Huawei. La table des événements du projet contient déjà une ligne à son
# sujet, avec sa source : ce sera votre première ligne. Quels autres événements de l'affaire Huawei pourriez-vous
# sourcer, et à partir de quelles sources ?

# %% en="7b4908a42e"
huawei = reference[reference["actors"].str.contains("huawei")]
huawei[["id", "date", "category", "title_fr", "source_title", "confidence"]]

# %% [markdown] en="d85aa6bfa0"
# **Qu'est-ce qu'une bonne source ?**
#
# | Type de source | Exemple dans cette affaire | Type de déclaration habituel (`claim_type`) | Confiance habituelle |
# |---|---|---|---|
# | Le document lui-même | le texte d'un décret au *Federal Register* ; la décision d'un tribunal | `government_record`, `court_record` | élevée |
# | Un compte rendu secondaire sérieux | le blog de veille juridique d'un cabinet d'avocats ; une dépêche d'agence | `press_report` (le type du document lui-même ne sert que si l'on cite son texte) | élevée ou moyenne |
# | Un miroir ou une reprise | la copie d'une dépêche sur un autre site | le même que l'original | plus faible : remplacez-la par l'original |
# | Une déclaration de l'entreprise | un billet de blog, la vidéo d'un directeur général | `company_claim`, `company_pledge` | élevée, mais seulement pour établir que cela a été *dit* |
# | Un agrégateur ou une estimation | un site de statistiques | `independent_estimate` | faible |
#
# Remarquez l'avant-dernière ligne : le blog d'une entreprise est une source de confiance élevée *pour établir que
# l'entreprise a dit quelque chose*, non pour établir que c'est vrai. La colonne `claim_type` garde la trace de
# cette différence.
#
# > **Glossaire**
# > - **schéma** (*schema*) : la liste des colonnes et de ce qu'elles acceptent.
# > - **rapport de validation** (*validation report*) : la liste des problèmes trouvés dans un fichier.
# > - **source primaire** (*primary source*) : le document lui-même.
# > - **suspension provisoire** (*preliminary injunction*) : décision d'un juge qui suspend une mesure en attendant
# >   le jugement au fond.
# > - **date ISO** (*ISO date*) : date écrite au format AAAA-MM-JJ.
#
# ## Pistes de discussion
# 1. Quelles autres affaires ont cette forme (des événements datés, des acteurs, des sources) ? Pensez à Huawei et
#    à l'*Entity List* du département du Commerce, à l'interdiction d'applications chinoises en Inde, à
#    l'interdiction de TikTok par l'État du Montana, aux interdictions de TikTok sur les appareils des
#    administrations… Quelles seraient les trois premières lignes de chacune, et où trouveriez-vous leurs sources ?
# 2. Qu'est-ce qu'une bonne source ? Classez les sources de votre fichier WeChat de la plus directe à la moins
#    directe, et dites lesquelles vous remplaceriez avant de publier.
# 3. Le validateur vérifie la *forme* d'une ligne (une vraie date, une catégorie connue, une adresse). Que ne
#    peut-il pas vérifier ? Qui vérifie que la ligne est *vraie* ?
# 4. L'interdiction de WeChat a été bloquée avant d'entrer en vigueur ; l'histoire de TikTok a duré des années.
#    Qu'est-ce qui, dans les deux chronologies, explique cette différence ? Que manque-t-il à votre fichier pour
#    répondre ?
#
# ## À retenir
# - Un fichier d'événements suit le schéma du projet : récupérez les colonnes avec `schema.fields("events")`
#   plutôt que de les taper.
# - `lessons_lib.validate(path)` liste chaque problème avec sa ligne, sa colonne, sa valeur et ce qui était
#   attendu : corrigez-les tous, puis validez de nouveau.
# - Écrivez les dates sous la forme AAAA-MM-JJ : une date écrite jour/mois ne se lit pas de la même façon des deux
#   côtés de l'Atlantique.
# - Un fichier valide se charge avec `load_events(path)` et se représente avec `charts.timeline`, exactement comme
#   les données du projet.
# - Le validateur vérifie la forme, pas la vérité : chaque ligne a besoin d'une source que vous avez lue, d'un type
#   de déclaration et d'un niveau de confiance honnête.
#
# ## Quiz

# %% en="2995e7c05e"
quiz.show("09-make-your-own-case")
