# %% [markdown] en="997df09f58"
# # 03 · Compter les utilisateurs
#
# **Durée :** 45 minutes (cours 20, exercices 25) · **Prérequis :** leçon 01 (lignes de la table des
# statistiques d'utilisateurs, ratios)
#
# **Les questions de la leçon**
# - Quelle différence entre un téléchargement, un utilisateur actif mensuel et un utilisateur actif quotidien ?
# - TikTok comptait-il vraiment « près d'un milliard d'utilisateurs » en août 2020, comme l'écrivait l'article ?
# - Quel crédit accorder aux chiffres qu'une entreprise donne sur ses propres utilisateurs ?
#
# **Objectifs**
# - Distinguer dans une table les téléchargements, les utilisateurs actifs mensuels et les utilisateurs actifs
#   quotidiens, sans jamais les additionner ni les tracer ensemble.
# - Confronter, date par date, le chiffre d'utilisateurs donné par l'article aux données.
# - Calculer une part de population, et comparer une déclaration de l'entreprise à une estimation indépendante.
#
# ---
#
# **Pourquoi c'est important.** Le mot « utilisateurs » semble désigner une seule chose ; il en recouvre au moins
# trois. Un **téléchargement** est compté chaque fois que quelqu'un installe l'application, et il reste dans le
# total cumulé même si l'application est supprimée le lendemain. Un **utilisateur actif mensuel** (MAU, pour
# *monthly active user*) a ouvert l'application au moins une fois dans le mois ; un **utilisateur actif
# quotidien** (DAU, pour *daily active user*), un jour donné. À la même date, une même application peut donc
# afficher des chiffres d'« utilisateurs » très différents, et chaque camp d'un conflit choisit celui qui
# l'arrange.

# %% en="5b0e829b5a"
import pandas as pd

from lessons_lib import charts, check, fmt, load_claims, load_user_stats, quiz, schema, set_language

set_language("fr")  # graphiques, quiz et vérifications en français ; l'édition anglaise dit "en"

pd.set_option("display.max_colwidth", 70)
pd.set_option("display.width", 120)

stats = load_user_stats()
by_id = stats.set_index("id")

# %% [markdown] en="bfbddf35ee"
# ## 1. Lire : quelles mesures la table contient-elle ?
#
# Chaque ligne de la table des statistiques d'utilisateurs indique **ce qu'elle compte** (`metric`), **où**
# (`scope`) et **qui l'affirme** (`claim_type`). Comptons les lignes qui portent sur les utilisateurs et les
# téléchargements de TikTok et de son application sœur chinoise, Douyin, par mesure et par type de source :

# %% en="d8c86e8971"
apps = stats[stats["subject"].isin(["tiktok", "douyin"]) & stats["unit"].isin(["users", "downloads"])]
table = pd.crosstab(apps["metric"], apps["claim_type"])
table.rename(index=schema.labels("user_stats", "metric"), columns=schema.labels("user_stats", "claim_type"))

# %% [markdown] en="1fce64aba8"
# La plupart des chiffres de TikTok sont des **déclarations de l'entreprise** (`company_claim`) : des nombres que TikTok
# a donnés sur lui-même, dans une plainte déposée en justice, un billet de blog ou une vidéo de son directeur général.
# Personne ne les a audités. Remarquez la mesure `users_undefined` (« Utilisateurs (type non précisé) ») : certaines
# déclarations parlent d'« utilisateurs » sans préciser de quel type.

# %% [markdown] en="ed74958b2d"
# ## 2. Calculer : « près d'un milliard » ?
#
# L'article écrivait que TikTok « compte près d'un milliard d'utilisateurs dans le monde » (article de
# France 24, 18 août 2020). Plaçons ce chiffre à côté de tous les chiffres proches du milliard que contiennent
# nos données :

# %% en="57b9e2366f"
near_billion = ["tiktok-mau-2020-07", "eo-13942-downloads-world", "tiktok-downloads-2020-08",
                "article-users-1bn", "tiktok-mau-2021-09"]
compare = by_id.loc[near_billion, ["date", "metric", "value", "qualifier", "scope", "claim_type"]]
compare

# %% en="02a6975127"
article = by_id.loc["article-users-1bn", "value"]
# les mêmes lignes, à lire : chaque chiffre avec son qualificatif en mots, et le chiffre de l'article divisé par lui
pd.DataFrame({
    "mois": compare["date"].map(fmt.month),
    "mesure": compare["metric"].map(schema.labels("user_stats", "metric")),
    "chiffre": [fmt.figure(value, qualifier)
                for value, qualifier in zip(compare["value"], compare["qualifier"], strict=True)],
    "article / ce chiffre": (article / compare["value"]).map(lambda ratio: fmt.number(ratio, decimals=2)),
})

# %% [markdown] en="78a4f0f853"
# Lisez les lignes dans l'ordre chronologique :
# - La plainte déposée en justice par TikTok donnait ses **utilisateurs actifs mensuels** hors de Chine pour
#   juillet 2020 : nettement moins d'un milliard.
# - Dans les jours qui entourent l'article, le milliard (et plus) correspondait aux **téléchargements** : le décret
#   américain citait plus d'un milliard de téléchargements dans le monde, et TikTok disait en avoir dépassé deux
#   milliards.
# - TikTok n'a annoncé un milliard d'**utilisateurs actifs mensuels** qu'en septembre 2021, plus d'un an après
#   l'article.
#
# « Près d'un milliard d'utilisateurs » surestimait donc le nombre d'utilisateurs mensuels de TikTok. D'où venait
# ce milliard ? On ne peut formuler qu'une hypothèse, pas un résultat : il correspond aux téléchargements cités par
# le décret 13942 (plus d'un milliard), et c'était déjà un raccourci de presse (en juillet 2020, l'AFP parlait de
# « some one billion users », soit *environ un milliard d'utilisateurs*), qui additionnait peut-être
# TikTok et Douyin. La table des affirmations consigne le verdict :

# %% en="0c110a719b"
claim = load_claims().set_index("id").loc["c11-one-billion-users"]
print(f"Verdict : {schema.label('claims', 'verdict', claim['verdict'])}")
print(claim["evidence_fr"])

# %% [markdown] en="09642b5675"
# Combien de temps TikTok a-t-il mis pour passer de son chiffre de juillet 2020 au milliard annoncé ?

# %% en="eb58c6d890"
start, end = by_id.loc["tiktok-mau-2020-07"], by_id.loc["tiktok-mau-2021-09"]
months = (end["date"].to_period("M") - start["date"].to_period("M")).n  # nombre de mois entre les deux
billion = fmt.qualified(fmt.number(end["value"] / 1e9) + " milliard", end["qualifier"])
print(f"De {fmt.number(start['value'] / 1e6)} millions ({fmt.long_month(start['date'])}) à "
      f"{billion} ({fmt.long_month(end['date'])}) : "
      f"{months} mois, soit une croissance d'au moins {fmt.percent(100 * (end['value'] / start['value'] - 1))}.")

# %% [markdown] en="9f6feae568"
# Voici sur un seul graphique la croissance des utilisateurs mensuels de TikTok hors de Chine, telle que TikTok
# l'a déclarée. Chaque point est une déclaration de l'entreprise, tracée avec son qualificatif (« plus de ») :

# %% en="8f3adb463b"
world_mau = stats[(stats["subject"] == "tiktok") & (stats["metric"] == "monthly_active_users")
                  & (stats["scope"] == "world_excl_china") & ~stats["in_article"]]
fig = charts.growth(world_mau)
print(charts.describe(fig))
fig

# %% [markdown] en="a41e9b0fa5"
# ### Exercice 1 (pandas) : à quelle vitesse TikTok a-t-il grandi ?
#
# Sélectionnez les lignes de `stats` dont la colonne `metric` vaut `monthly_active_users` et la colonne `scope`
# vaut `world_excl_china`, triez-les par `date`, puis calculez le **facteur de croissance** entre le premier
# chiffre et le dernier (la dernière valeur divisée par la première). Placez-le dans `answer`.

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="0cdbe61a45"
world_mau = stats[(stats["metric"] == "monthly_active_users") & (stats["scope"] == "world_excl_china")]
world_mau = world_mau.sort_values("date")
answer = world_mau["value"].iloc[-1] / world_mau["value"].iloc[0]
print(f"{fmt.number(answer, decimals=1)} fois plus d'utilisateurs mensuels, "
      f"de {fmt.long_month(world_mau['date'].iloc[0])} à {fmt.long_month(world_mau['date'].iloc[-1])}")

# %% tags=["check"] en="3c2d80cb65"
check(answer, exercise="03.1")

# %% [markdown] en="bd7a9cc41b"
# ## 3. Calculer : quelle part des Américains ?
#
# L'article ne donnait pas de chiffre pour les États-Unis, mais TikTok en a fourni un une semaine plus tard, dans
# la plainte qu'il a déposée contre le gouvernement américain. Pour calculer une part de population, il faut deux
# lignes qui portent sur **le même lieu et la même période** : les utilisateurs actifs mensuels de TikTok aux
# États-Unis en août 2020 et le recensement américain d'avril 2020.

# %% en="e990b9ecd3"
by_id.loc[["tiktok-us-mau-2020-08", "tiktok-us-dau-2020-08", "us-population-2020"],
          ["date", "metric", "value", "qualifier", "claim_type", "source_title"]]

# %% [markdown] en="e771f58700"
# ### Exercice 2 (pandas) : les utilisateurs de TikTok aux États-Unis, en part de la population
#
# Calculez les utilisateurs actifs mensuels de TikTok aux États-Unis en août 2020 (`tiktok-us-mau-2020-08`) en
# **pourcentage** de la population résidente des États-Unis (`us-population-2020`), et placez le résultat dans
# `answer` (un nombre entre 0 et 100).

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="330882d4b2"
answer = 100 * by_id.loc["tiktok-us-mau-2020-08", "value"] / by_id.loc["us-population-2020", "value"]
print(f"{fmt.percent(answer)} des résidents des États-Unis")

# %% tags=["check"] en="7b43c9a29e"
check(answer, exercise="03.2")

# %% [markdown] en="1878d8e3c2"
# Avant de répéter que « près d'un tiers des Américains utilisent TikTok », gardez en tête trois réserves :
# - Le chiffre d'utilisateurs est un « plus de », et c'est une déclaration de l'entreprise.
# - Il compte des **comptes** actifs dans le mois, pas des personnes : une personne qui a deux comptes est
#   comptée deux fois ; une famille qui partage un téléphone, une seule fois.
# - La population compte tout le monde, bébés compris. Une part de la population n'est ni une part des
#   internautes, ni une part des adultes.
#
# La même plainte donnait aussi un chiffre **quotidien**. Les utilisateurs quotidiens sont un sous-ensemble des
# utilisateurs mensuels : un jour donné, seule une partie des utilisateurs du mois ouvre l'application.

# %% en="87470b2335"
us_mau, us_dau = by_id.loc["tiktok-us-mau-2020-08", "value"], by_id.loc["tiktok-us-dau-2020-08", "value"]
print(f"Utilisateurs actifs quotidiens / utilisateurs actifs mensuels aux États-Unis, août 2020 : "
      f"{fmt.percent(100 * us_dau / us_mau)} "
      f"(deux déclarations de l'entreprise ; « environ » et « plus de »)")

# %% [markdown] en="e8ff84f908"
# Voici les utilisateurs mensuels de TikTok aux États-Unis au fil du temps, tels que TikTok les a déclarés. Seules
# les lignes dont la mesure est celle des utilisateurs actifs mensuels sont tracées : les déclarations plus
# récentes qui parlent d'« utilisateurs » sans les définir sont laissées de côté, volontairement.

# %% en="122a745bb9"
us_mau = stats[(stats["subject"] == "tiktok") & (stats["metric"] == "monthly_active_users")
               & (stats["scope"] == "us") & ~stats["in_article"]]
fig = charts.growth(us_mau)
print(charts.describe(fig))
fig

# %% [markdown] en="c479f2d274"
# « Sa popularité s'est encore renforcée à la faveur des mois de confinement », notait l'article de France 24
# (18 août 2020). Le segment le plus raide de la courbe, de la fin de 2019 au milieu de 2020, va dans le
# même sens, pour autant que l'on puisse se fier aux chiffres de TikTok lui-même.

# %% [markdown] en="65ad9d90a1"
# ## 4. Comparer : une déclaration de l'entreprise et une estimation indépendante
#
# À partir de 2024, TikTok a répété sans cesse un même chiffre rond pour les États-Unis, et la Cour suprême l'a
# repris dans son arrêt de janvier 2025. Les estimations indépendantes, fondées sur les audiences publicitaires,
# donnaient moins. Voici une estimation indépendante, et la déclaration de l'entreprise la plus proche dans le
# temps :

# %% en="5fabaf17c6"
estimate = by_id.loc["tiktok-us-estimate-2025-02"]
us_claims = stats[(stats["subject"] == "tiktok") & (stats["scope"] == "us")
                  & (stats["claim_type"] == "company_claim") & (stats["unit"] == "users")]
closest_id = (us_claims["date"] - estimate["date"]).abs().idxmin()
claim_row = us_claims.loc[closest_id]
metrics, levels = schema.labels("user_stats", "metric"), schema.labels("user_stats", "confidence")
claimed = fmt.qualified(fmt.number(claim_row["value"] / 1e6) + " millions", claim_row["qualifier"])
estimated = fmt.qualified(fmt.number(estimate["value"] / 1e6, decimals=1) + " millions", estimate["qualifier"])
print(f"Déclaration de l'entreprise : {claimed}, {fmt.long_month(claim_row['date'])}, "
      f"mesure : {metrics[claim_row['metric']]}, confiance : {levels[claim_row['confidence']]}")
print(f"  ce qu'elle mesure : {claim_row['label_fr']}")
print(f"Estimation indépendante : {estimated}, {fmt.long_month(estimate['date'])}, "
      f"mesure : {metrics[estimate['metric']]}, confiance : {levels[estimate['confidence']]}")
print(f"Source de l'estimation : {fmt.source(estimate['source_title'])}")

# %% [markdown] en="89304a0cda"
# ### Exercice 3 (pandas) : quel écart ?
#
# De combien de **pour cent** la déclaration de l'entreprise (`claim_row["value"]`) dépasse-t-elle l'estimation
# indépendante (`estimate["value"]`) ? Calculez `100 * (claim - estimate) / estimate` et placez le résultat dans
# `answer`.

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="dfefcbac35"
answer = 100 * (claim_row["value"] - estimate["value"]) / estimate["value"]
print(f"La déclaration est supérieure de {fmt.percent(answer)} à l'estimation")

# %% tags=["check"] en="e21b5f47cc"
check(answer, exercise="03.3")

# %% [markdown] en="244972f32c"
# Qui a raison ? Aucun des deux chiffres n'est audité, et ils ne mesurent pas la même chose : l'entreprise parle
# d'« utilisateurs » sans les définir, l'estimation mesure une **audience publicitaire** (les personnes qu'un
# annonceur peut cibler), et son indice de confiance est faible. Un écart de cette taille invite à écrire
# « TikTok affirme… » et « selon une estimation indépendante… », jamais à choisir l'un des deux chiffres sans le
# dire.

# %% [markdown] en="b197d88867"
# ## 5. Tenir Douyin à part
#
# TikTok n'est pas disponible en Chine continentale ; ByteDance y exploite une application distincte, **Douyin**.
# Douyin publiait ses utilisateurs actifs **quotidiens**. Sa croissance a son propre graphique :

# %% en="91d29610d6"
douyin_dau = stats[(stats["subject"] == "douyin") & (stats["metric"] == "daily_active_users")]
fig = charts.growth(douyin_dau)
print(charts.describe(fig))
fig

# %% [markdown] en="bb1d23222a"
# Pourquoi ne pas additionner les utilisateurs quotidiens de Douyin et les utilisateurs mensuels de TikTok pour
# obtenir « plus d'un milliard » ? Parce que cette somme mélange deux applications et deux mesures : le chiffre
# quotidien d'une application est toujours inférieur à son chiffre mensuel, si bien que le total ne veut rien
# dire. La bibliothèque de graphiques refuse de tracer les deux mesures sur une même courbe, et explique
# pourquoi :

# %% en="f82f86abb3"
try:
    charts.growth(metric=["monthly_active_users", "daily_active_users"], subject=["tiktok", "douyin"])
except ValueError as err:
    print("ValueError :", err)

# %% [markdown] en="d764ec8bdb"
# > **Glossaire**
# > - **téléchargement** (*download*) : une installation de l'application ; un chiffre cumulé, qui ne baisse
# >   jamais.
# > - **utilisateurs actifs mensuels** (*monthly active users*, MAU) : comptes qui ont utilisé l'application dans
# >   le mois.
# > - **utilisateurs actifs quotidiens** (*daily active users*, DAU) : comptes qui l'ont utilisée un jour donné.
# > - **audience publicitaire** (*advertising reach*) : personnes qu'un annonceur peut toucher ; une estimation,
# >   pas un comptage.
# > - **estimation indépendante** (*independent estimate*) : chiffre établi par quelqu'un d'autre que
# >   l'entreprise.
#
# ## Pistes de discussion
# - En août 2020, TikTok comme le gouvernement américain citaient des chiffres de téléchargements. Pourquoi
#   chaque camp pouvait-il préférer les téléchargements aux utilisateurs mensuels ? (Le plus gros chiffre sert le
#   mieux sa cause : la popularité de l'application et le coût d'une interdiction pour l'un, l'ampleur du risque
#   pour l'autre.)
# - Un responsable politique affirme que « la moitié de l'Amérique utilise TikTok ». Quelles lignes
#   regarderiez-vous, et que lui répondriez-vous ?
#
# ## À retenir
# - Téléchargements, utilisateurs actifs mensuels et utilisateurs actifs quotidiens ne comptent pas la même
#   chose : ne les additionnez jamais et ne les tracez pas sur une même courbe.
# - « Près d'un milliard d'utilisateurs » en août 2020 surestimait les utilisateurs mensuels : ceux de TikTok
#   n'ont dépassé le milliard qu'en septembre 2021. Que ce milliard fasse écho aux téléchargements (décret 13942 :
#   plus d'un milliard) est une hypothèse, pas un fait établi.
# - Une part de population exige que les deux chiffres portent sur le même lieu et la même période, et elle dit
#   ce qu'elle compte.
# - Les déclarations de l'entreprise et les estimations indépendantes peuvent différer largement ; citez les
#   deux, avec leur source.
#
# ## Quiz
# Répondez, vérifiez, puis lisez l'explication.

# %% en="2bafbb11f2"
quiz.show("03-counting-users")
