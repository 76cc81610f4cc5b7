# %% [markdown] en="5991e5084e"
# # 07 · Promesses, emplois et créateurs
#
# **Durée :** 40 minutes (cours 20, exercices 20) · **Prérequis :** leçon 00 ; la leçon 02 est utile (les dates avec
# pandas)
#
# **Les questions de la leçon**
# - Combien de salariés TikTok disait-il employer aux États-Unis en 2020, et que promettait-il ?
# - Que changent « moins de », « environ » et « plus de » quand on calcule avec un chiffre ?
# - Que vaut une promesse comme donnée, et les sources permettent-elles de dire si celle-ci a été tenue ?
# - Pourquoi un accord de distribution musicale pesait-il dans une bataille sur la sécurité nationale ?
#
# **Objectifs**
# - Sélectionner dans la table `user_stats` les effectifs de TikTok aux États-Unis et sa promesse d'emplois, et les
#   représenter par un graphique.
# - Calculer avec des chiffres assortis d'un qualificatif en les traitant comme des bornes, et non comme des valeurs
#   exactes.
# - Calculer l'échéance de la promesse et ce qu'elle implique, et expliquer pourquoi les données ne permettent pas de
#   dire si elle a été tenue.
# - Situer dans l'affaire l'accord avec UnitedMasters et les créateurs de TikTok.
#
# ---
#
# **L'affaire jusqu'ici.** En juillet 2020, TikTok est sous pression à Washington : le secrétaire d'État évoque
# l'interdiction des applications chinoises, et le président s'apprête à prendre ses mesures contre l'application
# (leçon 02). TikTok répond par des chiffres sur lui-même : combien de salariés il emploie aux États-Unis, combien
# d'emplois il va créer. L'article de France 24 (18 août 2020) les reprend : Vanessa Pappas, responsable de la
# branche américaine de TikTok, se dit « fière » des « 1 500 employés américains » et promet « 10 000 emplois
# additionnels dans ce pays au cours des trois prochaines années ». Cette leçon se demande
# de quel type de donnée relève chacun de ces chiffres.

# %% en="2e6aec20ad"
import pandas as pd

import lessons_lib
from lessons_lib import charts, fmt, load_claims, load_events, load_user_stats, quiz, schema, set_language

set_language("fr")  # graphiques, quiz et vérifications en français ; l'édition anglaise indique "en"
pd.set_option("display.max_colwidth", None)  # les titres en entier, pas leurs 50 premiers caractères

stats = load_user_stats()
events = load_events()
claims = load_claims()

# %% [markdown] en="5a0c8d24ba"
# ## 1. Deux chiffres, deux types d'affirmation
#
# Les chiffres de l'article sont des lignes de la table `user_stats`, repérées par la colonne `in_article` (« dans
# l'article »). Regardez les colonnes `metric` (ce qui est mesuré) et `claim_type` (le type d'affirmation) : l'un des
# chiffres compte des personnes déjà employées, l'autre des emplois qui n'existent pas encore.

# %% en="922f2c7500"
columns = ["id", "metric", "value", "unit", "qualifier", "claim_type"]
article_rows = stats[stats["in_article"] & stats["metric"].isin(["employees", "pledged_jobs"])]
article_rows[columns]

# %% [markdown] en="647853fee5"
# L'article est un *article de presse* (`press_report`) : il relaie ce que TikTok a dit. Pour le vérifier, on remonte
# à ce que TikTok a lui-même publié, et à ce qu'il a dit ensuite. Voici tous les effectifs de TikTok aux États-Unis
# que contient la table, du plus ancien au plus récent :

# %% en="55d89839d2"
staff = stats[
    (stats["subject"] == "tiktok")
    & (stats["metric"] == "employees")
    & (stats["scope"] == "us")
    & ~stats["in_article"]
].sort_values("date")
staff[["id", "date", "value", "qualifier", "claim_type", "source_title"]]

# %% [markdown] en="e1a81958b5"
# ## 2. Le qualificatif fait partie du chiffre
#
# Une source donne rarement un effectif exact. La colonne `qualifier` garde ses mots : `fewer_than` (« moins de »)
# est un plafond, `more_than` (« plus de ») un plancher, `about` (« environ ») une valeur arrondie, et `exact` ce que
# la source a affirmé sans qualificatif (ce qui ne veut pas dire vérifié par un audit). Relisez chaque ligne comme une
# phrase :

# %% en="1d24edce0c"
# le nom de chaque code : « company_claim » -> « déclaration de l'entreprise »
claim_types = schema.labels("user_stats", "claim_type")

for row in staff.itertuples():
    said = fmt.qualified(fmt.number(row.value), row.qualifier)  # « moins de 1 000 », « environ 1 400 »…
    print(f"{fmt.long_month(row.date)} : {said} salariés aux États-Unis "
          f"({claim_types[row.claim_type]} ; « {fmt.source(row.source_title)[:45]}… »)")

# %% en="7d22e9bc39"
print(f"Types d'affirmation de ces {len(staff)} lignes : {', '.join(staff['claim_type'].map(claim_types).unique())}")

# %% [markdown] en="6fc7728556"
# Tous ces chiffres viennent de TikTok lui-même : son annonce de juillet 2020, son blog d'août 2020, son directeur
# général en mars 2023. Personne ne les a vérifiés par un audit. Ils restent utiles : une entreprise qui gonfle
# publiquement ses effectifs prend un risque, et ces chiffres peuvent être comparés entre eux.
#
# Le graphique représente les mêmes lignes (nous lui passons notre table `staff` : le chiffre de l'article est donc
# laissé de côté). Lisez sa ligne de source et sa description.

# %% en="1a7cf47dff"
fig = charts.growth(staff)
print(charts.describe(fig))
fig

# %% [markdown] en="2088e192b3"
# ### Exercice 1 : de combien l'effectif a-t-il augmenté en 2020 ?
#
# Dans son annonce de juillet 2020, TikTok a donné deux chiffres : *moins de* tant de salariés aux États-Unis en
# janvier 2020, et *environ* tant en juillet 2020 (les deux premières lignes ci-dessus). Calculez à partir de la table
# `staff`, sans recopier les chiffres à la main, la **plus petite** hausse nette que ces deux déclarations permettent
# entre janvier et juillet. Laquelle des deux valeurs est un plafond, et qu'est-ce que cela change à la soustraction ?
#
# Astuce : `staff.set_index("id").loc["tiktok-us-staff-2020-07", "value"]` lit une valeur.

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="3e90cd46f7"
by_id = staff.set_index("id")
answer = by_id.loc["tiktok-us-staff-2020-07", "value"] - by_id.loc["tiktok-us-staff-2020-01", "value"]
print(f"Hausse nette : plus de {fmt.number(answer)} personnes environ, en six mois environ")

# %% tags=["check"] en="e111acd2ce"
lessons_lib.check(answer, exercise="07.1")

# %% [markdown] en="b9e15b046e"
# Comme le chiffre de janvier est un plafond, la hausse réelle a été *plus forte* que votre résultat. Passons à
# l'autre bout de la période : entre août 2020 (un chiffre « plus de », donc un plancher) et mars 2023, la même
# soustraction donne un *plafond* :

# %% en="1dc6cf641e"
by_id = staff.set_index("id")
august, march_2023 = by_id.loc["tiktok-us-staff-2020-08"], by_id.loc["tiktok-us-staff-2023-03"]
growth_2020_2023 = march_2023["value"] - august["value"]
print(f"Août 2020 : {fmt.qualified(fmt.number(august['value']), august['qualifier'])} ; "
      f"mars 2023 : {fmt.number(march_2023['value'])} "
      f"(qualificatif de la source : {schema.label('user_stats', 'qualifier', march_2023['qualifier'])})")
print(f"Hausse nette d'août 2020 à mars 2023 : au plus {fmt.number(growth_2020_2023)} salariés environ")

# %% [markdown] en="10975400b6"
# ## 3. La promesse comme donnée
#
# La promesse de nouveaux emplois forme une ligne à part, avec un type d'affirmation qu'on ne trouve nulle part
# ailleurs dans la table :

# %% en="c36c548e6a"
pledge = stats.set_index("id").loc["tiktok-jobs-pledge-2020-07"]
unit = schema.label("user_stats", "unit", pledge["unit"])
print(f"{pledge['label_fr']} : {fmt.number(pledge['value'])} {unit}, annoncés le {fmt.long_day(pledge['date'])}")
print(f"type d'affirmation : {schema.label('user_stats', 'claim_type', pledge['claim_type'])} ; "
      f"note : {pledge['note_fr']}")
print(f"lignes de user_stats ayant ce type d'affirmation : {(stats['claim_type'] == 'company_pledge').sum()}")

# %% [markdown] en="4f4c619bc0"
# Une **déclaration de l'entreprise** (`company_claim`) décrit le présent (« nous avons ... salariés ») ; une
# **promesse de l'entreprise** (`company_pledge`) décrit un avenir que l'entreprise choisit d'annoncer. Une
# déclaration peut être confrontée à d'autres sources à la même date ; une promesse ne peut être vérifiée que plus
# tard, en la comparant à un résultat mesuré de la même façon. Ni l'une ni l'autre n'est vérifiée par un audit.
#
# Remarquez aussi que l'article situe la promesse dans la vidéo de Vanessa Pappas du début du mois d'août, alors que
# les sources datent l'annonce de juillet 2020 (la table des affirmations le signale) :

# %% en="aa896cdf6f"
jobs_claim = claims.set_index("id").loc["c17-jobs-10000"]
print(f"verdict : {schema.label('claims', 'verdict', jobs_claim['verdict'])}\n"
      f"{jobs_claim['evidence_fr']}\nnote : {jobs_claim['note_fr']}")

# %% [markdown] en="1e963214a6"
# ### Exercice 2 : quelle était l'échéance de la promesse ?
#
# La promesse porte sur « les trois prochaines années » à compter de son annonce. Calculez son échéance sous la forme
# d'un `Timestamp` pandas, à partir de `pledge["date"]`. `pd.DateOffset(years=...)` ajoute des années civiles, quel
# que soit le nombre de jours qui les séparent. (Défi : ajoutez plutôt un `pd.Timedelta` de trois années de jours.
# Obtenez-vous la même date ? Pourquoi ?)

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="e7fd0dac42"
answer = pledge["date"] + pd.DateOffset(years=3)
print(f"Échéance de la promesse : {fmt.long_day(answer)}")
print(f"Dernier effectif de la table : {fmt.long_day(march_2023['date'])}, "
      f"{(answer - march_2023['date']).days} jours avant l'échéance")

# %% tags=["check"] en="33a4576fd9"
lessons_lib.check(answer, exercise="07.2")

# %% [markdown] en="07f3397448"
# ### Exercice 3 : à quoi ressemblerait une promesse « tenue » ?
#
# Supposons que les nouveaux emplois s'ajoutent à l'effectif que TikTok avait au moment de sa promesse. Calculez
# l'effectif que cela implique à l'échéance : l'effectif de juillet 2020 plus les emplois promis, deux valeurs lues
# dans les données.

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="d483c43493"
answer = by_id.loc["tiktok-us-staff-2020-07", "value"] + pledge["value"]
print(f"Environ {fmt.number(answer)} salariés aux États-Unis à l'échéance, "
      f"si la promesse portait sur des créations nettes d'emplois")

# %% tags=["check"] en="e0b3aefadd"
lessons_lib.check(answer, exercise="07.3")

# %% [markdown] en="e6207b0be7"
# Tracez maintenant l'effectif que vous avez calculé (votre `answer` à l'exercice 3) sur le graphique des effectifs.
# La fonction de graphique renvoie un graphique dont les axes matplotlib, `fig.ax`, acceptent des appels matplotlib
# ordinaires. Tant que vous n'avez pas de réponse, le graphique ne montre que les effectifs.

# %% en="2194e17ba6"
fig = charts.growth(staff)
print(charts.describe(fig))
if answer is not None:  # votre réponse à l'exercice 3, en pointillés
    ax = fig.ax
    ax.set_ylim(0, answer * 1.4)  # laisser de la place à la nouvelle ligne, au-dessus des points
    ax.axhline(answer, linestyle="--", color="black", linewidth=1)
    ax.annotate("effectif de juillet 2020 + emplois promis (si créations nettes)", (ax.get_xlim()[1], answer),
                xytext=(-8, 6), textcoords="offset points", ha="right", fontsize=8)
    print(f"Ajouté : une ligne en pointillés à {fmt.number(answer)} salariés (l'effectif que vous avez calculé).")
fig

# %% [markdown] en="925b170242"
# À première vue, le dernier chiffre reste en dessous de cette ligne. **Mais les sources ne permettent pas d'établir
# si la promesse a été tenue**, et les données le disent (colonne `note` de la ligne de la promesse). Avant de
# conclure, faites la liste de ce qu'il faudrait savoir :
#
# - *Qu'est-ce qu'un emploi ?* La promesse parle d'emplois ; les effectifs comptent des salariés. Nos sources ne
#   définissent ni l'un ni l'autre (prestataires ? emplois dans les autres filiales américaines de ByteDance ?).
# - *Brut ou net ?* La promesse désigne-t-elle les emplois créés, ou l'effectif qui reste une fois les départs
#   déduits ?
# - *Quand ?* Le dernier chiffre est antérieur à l'échéance, et aucune ligne de la table n'est datée de l'échéance.
# - *Qui le dit ?* Tous ces chiffres viennent de TikTok ; nous n'avons aucun décompte indépendant.
#
# Une phrase prudente : « En juillet 2020, TikTok a promis de créer de nouveaux emplois aux États-Unis en trois ans ;
# son propre chiffre de mars 2023 reste très inférieur à l'effectif de 2020 augmenté des emplois promis, et aucune
# source consultée ne dit si la promesse a été tenue. »

# %% [markdown] en="48a4b2b76d"
# ## 4. Les créateurs, des alliés dont TikTok avait besoin
#
# Le lundi même dont parle l'article, TikTok a annoncé un accord avec **UnitedMasters**, un distributeur de musique
# américain :

# %% en="c007adcee6"
deal = events.set_index("id").loc["2020-08-17-unitedmasters"]
print(f"{fmt.long_day(deal['date'])} ({schema.label('events', 'category', deal['category'])}) : {deal['title_fr']}")
print(f"source : « {fmt.source(deal['source_title'])} » ; note : {deal['note_fr']}")

# %% [markdown] en="0daea5120f"
# On appelle **économie des créateurs** (*creator economy*) l'ensemble des personnes qui vivent de ce qu'elles
# publient (musique, vidéos, commentaires) et des entreprises qui les servent : plateformes, distributeurs, agences.
# Une plateforme a besoin des créateurs pour attirer un public ; les créateurs ont besoin d'un moyen de transformer
# l'attention en revenus.
#
# Steve Stoute, fondateur et directeur général d'UnitedMasters, a présenté l'accord ainsi, cité en français par
# l'article : « TikTok est le meilleur endroit pour que votre musique devienne virale », UnitedMasters étant l'endroit
# où la faire durer, « tout en conservant les droits sur votre travail ». L'accord est confirmé ; la formulation de la
# citation ne l'est pas, et la table des affirmations le signale :

# %% en="1875e01da7"
stoute = claims.set_index("id").loc["c19-stoute-quote"]
print(f"verdict : {schema.label('claims', 'verdict', stoute['verdict'])}\n{stoute['evidence_fr']}")

# %% [markdown] en="6fd367e379"
# Pourquoi un accord sur des chansons pesait-il dans une bataille sur la sécurité nationale ? L'article en propose
# une lecture : TikTok cherchait à démontrer que « son identité et ses pratiques sont solidement ancrées aux
# États-Unis » (l'article). L'accord donnait à des artistes américains et à une entreprise américaine un intérêt dans
# l'avenir de TikTok : une interdiction les toucherait, eux aussi.
#
# Les créateurs ne se sont pas contentés de signer des accords. L'action en justice qui a bloqué les interdictions de
# novembre 2020 a été intentée par des créateurs de TikTok (l'un d'eux, Marland, a donné son nom à l'affaire) :

# %% en="0dd5b707de"
creators_in_court = events[events["note"].fillna("").str.contains("creators")]
creators_in_court[["date", "category", "title_fr", "claim_type"]]

# %% [markdown] en="aa09729f07"
# Et l'autre citation de Vanessa Pappas dans l'article, « Nous sommes ici pour longtemps » ? Elle est confirmée :
# Canyon News cite la même vidéo, qui se termine par « we're here for the long run », et la version française la rend
# fidèlement. Aucune transcription complète n'a été trouvée.

# %% en="2ff46fb8ef"
long_haul = claims.set_index("id").loc["c10-long-haul-quote"]
print(f"verdict : {schema.label('claims', 'verdict', long_haul['verdict'])}\n{long_haul['evidence_fr']}")

# %% [markdown] en="90a784a0da"
# > **Glossaire**
# > - promesse, engagement : *pledge* (une déclaration sur l'avenir)
# > - effectif : *head count, staff*
# > - déclaration de l'entreprise : *company claim* (non vérifiée par un tiers)
# > - qualificatif : *qualifier* ; « moins de », « environ », « plus de » : un plafond, un arrondi, un plancher
# > - économie des créateurs : *creator economy*
#
# ## Pistes de discussion
# 1. Un responsable politique déclare : « TikTok n'a pas tenu sa promesse d'emplois aux États-Unis. » En vous
#    appuyant uniquement sur les données de cette leçon, que pouvez-vous dire pour et contre cette phrase ?
# 2. Pourquoi une entreprise menacée d'interdiction publie-t-elle ses effectifs et une promesse d'emplois ? À qui
#    s'adresse-t-elle ?
# 3. Des créateurs ont été plaignants dans l'une des affaires contre les mesures de 2020. Quels intérêts une
#    interdiction touche-t-elle, au-delà de l'entreprise et des deux gouvernements ?
#
# ## À retenir
# - Un effectif et une promesse d'emplois sont deux types de données différents : une déclaration de l'entreprise
#   (`company_claim`) sur le présent et une promesse de l'entreprise (`company_pledge`) sur l'avenir. Dans les deux
#   cas, ce sont les mots de TikTok, sans audit.
# - Le qualificatif fait partie du chiffre : « moins de » est un plafond, « plus de » un plancher. Une différence
#   entre deux chiffres qualifiés est elle-même une borne.
# - Une promesse ne peut être vérifiée qu'en la comparant, à l'échéance, à un résultat mesuré de la même façon. Nos
#   sources n'en contiennent aucun : que la promesse ait été tenue ou non **n'est pas établi**.
# - L'accord avec UnitedMasters montre TikTok liant son sort à celui de créateurs américains ; des créateurs ont
#   ensuite contesté en justice les mesures de 2020.
#
# ## Quiz

# %% en="9a0a3f3ff0"
quiz.show("07-promises-jobs-creators")
