données = {"clé": 1}
def accès(d):
    return d["clé"] + d["valeur_manquante_é"]
accès(données)
