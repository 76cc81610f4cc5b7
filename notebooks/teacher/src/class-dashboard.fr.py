# %% [markdown]
# # Tableau de bord de la classe : comment la classe a-t-elle répondu aux quiz ?
#
# **Pour l'enseignant ou l'enseignante.** **Durée :** 5 minutes · **Il faut :** pouvoir lire les
# fichiers de résultats des élèves
#
# Ce notebook rassemble les réponses des élèves aux quiz, **en lecture seule** (il ne modifie aucun
# fichier d'élève et ne prend aucun verrou : les élèves peuvent continuer à répondre), et montre pour
# chaque question : qui l'a tentée, qui a juste du premier coup, qui a juste à la fin, et les
# mauvaises réponses les plus fréquentes.
#
# **Indiquez votre classe.** Donnez à `RESULTS` ci-dessous le dossier des résultats de vos élèves
# (sur un hub installé comme dans `docs/deployment.md`, `/srv/techgeo-results`), ou une liste de
# fichiers et de dossiers. Laissé vide, le tableau de bord montre une petite classe fictive fournie
# avec le paquet. Le même bilan en ligne de commande : `techgeo-lessons results class DOSSIER` ; un
# CSV de toutes les réponses : `techgeo-lessons results collect DOSSIER -o classe.csv --pseudonymise`.

# %%
import os

from lessons_lib import charts
from lessons_lib.quiz import class_report, collect, not_yet_right, sample_class

# Votre classe : un dossier (ou une liste de fichiers et dossiers) contenant des fichiers results-*.jsonl.
RESULTS = os.environ.get("TECHGEO_CLASS_RESULTS", "")
PSEUDONYMOUS = False  # True : learner-01, learner-02… au lieu des noms (pour projeter l'écran en classe)

answers = collect([RESULTS or sample_class()], pseudonymous=PSEUDONYMOUS, lang="fr")
print(f"{len(answers.records)} réponses de {len(answers.learners)} élèves, lues dans {len(answers.files)} fichiers"
      + (f" ; {answers.duplicates} doublons écartés" if answers.duplicates else ""))
for problem in answers.problems:  # un fichier illisible est nommé ici, jamais ignoré en silence
    print("Illisible :", problem)

# %% [markdown]
# ## Question par question
#
# `élèves` : qui a tenté la question ; `juste du premier coup` : sans indice, au premier essai ;
# `juste à la fin` : juste au bout du compte (premier coup compris) ; `pas encore juste` : tentée,
# jamais juste pour l'instant ; `erreurs fréquentes` : les mauvaises réponses les plus données, avec
# le nombre d'élèves qui ont donné chacune.

# %%
report = class_report(answers.records, lang="fr")
report.rename(columns={"lesson": "leçon", "learners": "élèves", "right_first_try": "juste du premier coup",
                       "right_eventually": "juste à la fin", "not_yet_right": "pas encore juste",
                       "common_wrong": "erreurs fréquentes"})

# %%
charts.class_results(report, lang="fr")

# %% [markdown]
# ## Qui a peut-être besoin d'un mot
#
# Pour chaque élève, les questions tentées mais pas encore réussies, avec la dernière réponse donnée.

# %%
not_yet_right(answers.records).rename(columns={"learner": "élève", "lesson": "leçon", "tries": "essais",
                                               "last_answer": "dernière réponse"})

# %% [markdown]
# **À retenir**
# - Les réponses restent dans le fichier privé de chaque élève ; ce notebook ne fait que les lire.
# - Une mauvaise réponse partagée par beaucoup d'élèves mérite une minute en classe : c'est souvent une
#   confusion que la leçon sait nommer (pour la leçon 00, le « près d'un milliard » de l'article face aux
#   689 millions déclarés au tribunal).
