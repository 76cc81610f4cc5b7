# ---
# jupyter:
#   jupytext:
#     cell_metadata_filter: en,tags,-all
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.7
# ---

# %% [markdown] en="b2038579c7"
# # 00 · Pour commencer : comment fonctionnent ces leçons
#
# **Durée :** 10 minutes (lecture 5, quiz 5) · **Niveau :** il suffit de savoir appuyer sur Maj+Entrée
#
# **Les questions de la leçon**
# - Comment exécuter une leçon, et où trouver les solutions des exercices ?
# - Qu'affirmait l'article d'août 2020, et que disent les sources ?
# - D'où vient chacun des chiffres de ces leçons ?
#
# **Objectifs**
# - Exécuter une leçon du début à la fin et répondre à un quiz.
# - Confronter les trois chiffres phares de l'article à ce que montrent les sources.
# - Savoir quelles tables contiennent les données, et quel degré de confiance accorder à chaque ligne.
#
# ---
#
# **Mode d'emploi.** Exécutez les cellules dans l'ordre avec **Maj+Entrée** (ou *Run > Run All Cells*) :
# exécuter une leçon ne répond jamais à un exercice à votre place. Un **exercice** est une cellule qui contient
# `answer = None  # votre code ici` : écrivez-y votre code pour qu'il donne une valeur à `answer`, exécutez-la,
# puis exécutez la cellule de **vérification** placée juste en dessous. Elle affiche *○ Pas encore de réponse*,
# *✗ Pas encore* avec un indice, ou *✓ Exact* ; elle ne montre jamais la valeur attendue. Vous bloquez ?
# Cliquez sur **Voir une solution** sous l'exercice : la solution s'affiche comme un texte et n'est jamais
# exécutée. Cherchez donc d'abord par vous-même, puis copiez-la dans votre cellule si vous voulez vous en servir.
# Les quiz, à la fin de chaque leçon, corrigent aussitôt vos réponses ; celles-ci sont conservées sur votre
# ordinateur, en dehors des notebooks. Cette édition est en français : la cellule qui importe `lessons_lib` appelle
# `lessons_lib.set_language("fr")`, qui met aussi en français les quiz, les graphiques et les vérifications.
# Chaque leçon existe aussi en anglais, dans `notebooks/` (`techgeo-lessons lab --lang en`).
#
# **L'affaire.** Un article de France 24 publié le 18 août 2020 décrivait le nouveau site web lancé par TikTok
# contre les « rumeurs » ; deux décrets signés par le président Trump qui, selon l'article, devaient forcer
# ByteDance à vendre les activités américaines de TikTok ; Microsoft et Oracle, acheteurs possibles ; et quelques
# chiffres frappants. Ces leçons lisent cet article comme un ensemble de données, le confrontent aux sources et
# suivent l'affaire jusqu'à la coentreprise de janvier 2026.

# %% en="d813073a9d"
# Sur Google Colab seulement : installer d'abord le paquet des leçons (ailleurs, cette cellule ne fait rien).
# Colab fournit pandas 2 ; après cette installation, choisissez Exécution > Redémarrer la session, puis exécutez tout.
import subprocess
import sys

if "google.colab" in sys.modules:
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "techgeo-lessons"], check=True)

# %% en="e9414a64c7"
import pandas as pd

from lessons_lib import fmt, headline_figures, load_claims, load_events, load_user_stats, quiz, schema, set_language

set_language("fr")  # graphiques, quiz et vérifications en français ; l'édition anglaise indique "en"
pd.set_option("display.max_colwidth", None)  # les titres en entier, pas leurs 50 premiers caractères

# %% [markdown] en="58a5bfc268"
# ## Le document : l'article de France 24
#
# L'article que ces leçons vérifient a été publié par **France 24** le 18 août 2020, à l'adresse
# `france24.com/fr/20200818-face-à-donald-trump-tiktok-contre-attaque-pour-combattre-les-rumeurs-de-washington`.
# Le texte ci-dessous est celui que citent les leçons ; d'après la copie conservée de cette page, il est
# identique mot pour mot, coquille comprise (« amériacaine »). La copie que nous avons lue ne nomme pas
# l'auteur. Nous le citons en entier, avec sa source, dans un but d'enseignement et de critique : lisez le
# document avant de le vérifier. Les leçons 01 à 08 transforment chacune de ses affirmations en lignes de
# données, et la leçon 06 les vérifie une à une.
#
# > *TikTok, accusé d'espionnage par le gouvernement de Donald Trump, a renforcé sa campagne de communication américaine
# > lundi avec un nouveau site web pour combattre les "rumeurs". Le réseau social chinois a également poursuivi son
# > expansion en signant un accord avec une société de distribution de musique aux États-Unis.*
# >
# > Alors qu'il est accusé d'espionnage par Donald Trump et son gouvernement depuis des mois, le réseau social TikTok a
# > renforcé lundi 17 août sa campagne de communication aux États-Unis, dans le but de faire face aux "rumeurs" et
# > "rétablir la vérité" avec un nouveau site web. La plateforme a également poursuivi son expansion en signant un
# > accord avec une société de distribution de musique amériacaine.
# >
# > "Étant donné les rumeurs et la désinformation sur TikTok qui prolifèrent à Washington et dans les médias, nous
# > voulons rétablir la vérité", dit le très populaire réseau social sur son site, sous le slogan "le dernier coin de
# > soleil de l'Internet".
# >
# > Sans présenter de preuve, le président américain accuse depuis des mois la plateforme de partage de vidéos de
# > siphonner les données des utilisateurs américains au profit de Pékin. Il a signé deux décrets visant à forcer
# > ByteDance, le propriétaire chinois de TikTok, à vendre rapidement les opérations américaines du réseau, sous peine
# > de le bloquer aux États-Unis.
# >
# > **"TikTok n'a jamais fourni aucune donnée américaine au gouvernement chinois"**
# >
# > "TikTok n'est pas disponible en Chine. Les données des utilisateurs américains sont stockées en Virginie avec une
# > sauvegarde à Singapour", assure la société. "TikTok n'a jamais fourni aucune donnée américaine au gouvernement
# > chinois, et ne le ferait pas si on le lui demandait".
# >
# > Dans un contexte de fortes tensions commerciales et politiques avec la Chine, Donald Trump a déjà pris il y a dix
# > jours des mesures radicales à l'encontre du réseau très fréquenté par les plus jeunes, lui interdisant, d'ici à 45
# > jours, toute transaction avec un partenaire américain.
# >
# > Vendredi 14 août, il a signé un deuxième décret pour obliger ByteDance à vendre les activités américaines de TikTok
# > d'ici 90 jours.
# >
# > "Depuis près d'un an, nous avons cherché à discuter avec le gouvernement américain pour trouver une solution", avait
# > réagi TikTok. "Mais nous nous sommes retrouvés face à une administration qui n'accorde aucune importance aux faits,
# > ne respecte pas les procédures légales et tente de s'immiscer dans des négociations entre des entreprises privées".
# >
# > **Microsoft négocie l'achat de TikTok, Oracle aussi**
# >
# > Microsoft est en négociations avancées pour racheter l'application. Selon l'agence Bloomberg, le groupe informatique
# > Oracle est désormais aussi sur les rangs.
# >
# > Le spécialiste américain des logiciels a engagé des démarches préliminaires auprès d'autres parties, dont la société
# > de capital-risque Sequoia Capital, pour s'associer à elle dans une offre pour les opérations de l'application aux
# > États-Unis, au Canada, en Australie et en Nouvelle-Zélande, écrit Bloomberg, citant des sources ayant requis
# > l'anonymat.
# >
# > **TikTok s'accorde avec une société de distribution musicale**
# >
# > TikTok ne ménage pas ses efforts depuis des mois pour démontrer que son identité et ses pratiques sont solidement
# > ancrées aux États-Unis. Pour preuve la nomination à sa tête, le 1er juin, de Kevin Mayer, l'ancien responsable des
# > plateformes de streaming de Disney.
# >
# > Lundi 17 août, le réseau social a également annoncé un accord passé avec UnitedMasters, une société de distribution
# > de musique américaine, pour permettre aux artistes du réseau de diffuser leurs morceaux directement depuis
# > l'application vers les services de streaming, comme Apple Music, Spotify ou YouTube.
# >
# > "Si vous êtes musicien, TikTok est le meilleur endroit pour que votre musique devienne virale et UnitedMasters est
# > le meilleur endroit pour la faire exister dans la durée, tout en conservant les droits sur votre travail", a
# > détaillé Steve Stoute, le patron de UnitedMasters.
# >
# > "En combinant les deux, nous créons la plateforme pour les stars de demain, qui seront célèbres, ultra-indépendantes
# > et riches".
# >
# > **"Nous sommes ici pour longtemps", brandit la responsable américaine de TikTok**
# >
# > TikTok a construit son succès sur des outils de création et partage de vidéos courtes, décalées, jouant sur la
# > musique et l'humour, et diffusées par des algorithmes en fonction des goûts de chacun et non des contacts.
# >
# > "Nous sommes ici pour longtemps", avait déclaré début août Vanessa Pappas, responsable de sa branche États-Unis,
# > dans une vidéo enjouée sur l'application, à l'attention des utilisateurs. Elle s'était aussi dite "fière" des 1 500
# > employés américains et avait promis de créer "10 000 emplois additionnels dans ce pays au cours des trois prochaines
# > années".
# >
# > La plateforme de divertissement compte près d'un milliard d'utilisateurs dans le monde. Sa popularité s'est encore
# > renforcée à la faveur des mois de confinement.

# %% [markdown] en="a2502362b5"
# ## Les trois chiffres phares
#
# L'article donnait trois nombres qui marquent les esprits : « près d'un milliard d'utilisateurs dans le monde »,
# « 1 500 employés américains » et « 10 000 emplois additionnels » promis sur trois ans (selon l'article).
# Les voici sous forme de données, chacun à côté de ce que montrent les sources.

# %% en="c9d7286cde"
figures = headline_figures()
# un tableau à lire : des noms de colonnes clairs, les chiffres écrits comme on les lit, le type de source en mots
pd.DataFrame({
    "ce que dit l'article": figures["reported_label"],
    "chiffre de l'article": figures["reported_value"].map(fmt.number),
    "ce que disent les sources": figures["record_label"],
    "chiffre des sources": figures["record_value"].map(fmt.number),
    "type de source": figures["record_claim_type"].map(schema.labels("user_stats", "claim_type")),
    "rapport article / sources": figures["ratio"].map(lambda ratio: fmt.number(ratio, decimals=2)),
})

# %% [markdown] en="da24689804"
# Lisez attentivement la première ligne : le « près d'un milliard d'utilisateurs » de l'article dépasse le
# nombre d'**utilisateurs actifs mensuels** que TikTok avait lui-même déclaré à un tribunal pour juillet 2020 ;
# TikTok n'a annoncé un milliard d'utilisateurs mensuels qu'en septembre 2021 (deuxième ligne). Un milliard
# était en revanche proche du nombre de **téléchargements** cité par le décret américain du 6 août 2020.
# Utilisateurs, utilisateurs mensuels, utilisateurs quotidiens et téléchargements sont des mesures
# différentes : la leçon 03 les distingue. Regardez aussi le type de déclaration : ces chiffres sont ceux
# que TikTok donne sur lui-même (`company_claim`, déclaration de l'entreprise ; `company_pledge`, promesse de
# l'entreprise, pour les emplois), et personne ne les a audités.

# %% [markdown] en="6f71786bc7"
# ## D'où viennent les données
#
# Chaque ligne de chaque table indique sa source, un niveau de confiance (`high` élevé, `medium` moyen,
# `low` faible) et le type de déclaration : déclaration de l'entreprise, document judiciaire, document
# officiel, statistique officielle, article de presse…

# %% en="7a05578092"
events = load_events()
stats = load_user_stats()
claims = load_claims()
tables = {"events": events, "user_stats": stats, "claims": claims}
confidence = pd.DataFrame({name: table["confidence"].value_counts(sort=False) for name, table in tables.items()}).T
confidence.rename(columns=schema.labels("events", "confidence")).rename_axis(index="table", columns="confiance")

# %% en="81d8f3f70d"
counts = stats["claim_type"].value_counts()
counts[counts > 0].rename(index=schema.labels("user_stats", "claim_type")).to_frame("lignes de user_stats")

# %% [markdown] en="c702b2249a"
# Les événements que mentionne l'article lui-même sont marqués `in_article`. Chaque ligne donne la date,
# ce qui s'est passé, en anglais et en français, et la source :

# %% en="8ae8f28d0a"
in_article = events[events["in_article"]]
in_article[["date", "title_fr"]]

# %% [markdown] en="83f519a099"
# Les affirmations de l'article sont vérifiées une à une dans la table des affirmations (leçon 06) :

# %% en="b9cf86f388"
verdicts = claims["verdict"].value_counts(sort=False)
verdicts.rename(index=schema.labels("claims", "verdict")).to_frame("affirmations par verdict")

# %% [markdown] en="13ef8b7087"
# ## À retenir
# - Exécutez les cellules dans l'ordre avec Maj+Entrée ; répondez à un exercice dans sa propre cellule,
#   puis exécutez sa vérification.
# - Une solution n'apparaît que si vous cliquez sur **Voir une solution** ; elle n'est jamais exécutée à votre place.
# - Chaque chiffre de ces leçons vient d'une table de `lessons_lib`, et chaque ligne indique sa source.
# - Le « près d'un milliard d'utilisateurs » de l'article ne correspond pas à ce que TikTok avait déclaré à
#   la justice pour juillet 2020 : vérifier un chiffre, c'est se demander *quelle mesure*, *à quelle date*
#   et *qui l'affirme*.
#
# ## Quiz
# Répondez, vérifiez et lisez l'explication. Une erreur fait partie de l'apprentissage : un indice vous aide
# à réessayer.

# %% en="5bfc47bff1"
quiz.show("00-start-here")
