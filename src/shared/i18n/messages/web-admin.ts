import { defineMessages } from '../define.ts';

/** Administration pages: organisations, users of the installation, members of an organisation. */
export const webAdminMessages = defineMessages({
  'organisations.title': { en: 'Organisations', nl: 'Organisaties', fr: 'Organisations' },
  'organisations.intro.all': {
    en: 'All organisations of this installation.',
    nl: 'Alle organisaties van deze installatie.',
    fr: 'Toutes les organisations de cette installation.',
  },
  'organisations.intro.mine': {
    en: 'The organisations you belong to.',
    nl: 'De organisaties waar u lid van bent.',
    fr: 'Les organisations dont vous êtes membre.',
  },
  'organisations.add': {
    en: 'Add an organisation',
    nl: 'Organisatie toevoegen',
    fr: 'Ajouter une organisation',
  },
  'organisations.edit.title': { en: 'Edit {name}', nl: '{name} wijzigen', fr: 'Modifier {name}' },
  'organisations.search': {
    en: 'Search organisations',
    nl: 'Organisaties zoeken',
    fr: 'Rechercher des organisations',
  },
  'organisations.caption': {
    en: 'Organisations ({total, plural, one {# result} other {# results}})',
    nl: 'Organisaties ({total, plural, one {# resultaat} other {# resultaten}})',
    fr: 'Organisations ({total, plural, one {# résultat} other {# résultats}})',
  },
  'organisations.empty': {
    en: 'No organisation matches.',
    nl: 'Geen enkele organisatie gevonden.',
    fr: 'Aucune organisation trouvée.',
  },
  'organisations.field.created': { en: 'Created', nl: 'Aangemaakt', fr: 'Créée le' },
  'organisations.created': {
    en: 'Organisation “{name}” added.',
    nl: 'Organisatie “{name}” toegevoegd.',
    fr: 'Organisation « {name} » ajoutée.',
  },
  'organisations.updated': {
    en: 'Organisation “{name}” saved.',
    nl: 'Organisatie “{name}” opgeslagen.',
    fr: 'Organisation « {name} » enregistrée.',
  },
  'users.title': { en: 'Users', nl: 'Gebruikers', fr: 'Utilisateurs' },
  'users.intro': {
    en: 'Every account of this installation. Give people access to an organisation on its Members page.',
    nl: 'Alle accounts van deze installatie. Geef mensen toegang tot een organisatie via de pagina Leden.',
    fr: 'Tous les comptes de cette installation. Donnez accès à une organisation via sa page Membres.',
  },
  'users.add': { en: 'Create a user', nl: 'Gebruiker aanmaken', fr: 'Créer un utilisateur' },
  'users.search': {
    en: 'Search by name or e-mail',
    nl: 'Zoeken op naam of e-mail',
    fr: 'Rechercher par nom ou e-mail',
  },
  'users.caption': {
    en: 'Users ({total, plural, one {# result} other {# results}})',
    nl: 'Gebruikers ({total, plural, one {# resultaat} other {# resultaten}})',
    fr: 'Utilisateurs ({total, plural, one {# résultat} other {# résultats}})',
  },
  'users.empty': {
    en: 'No user matches.',
    nl: 'Geen enkele gebruiker gevonden.',
    fr: 'Aucun utilisateur trouvé.',
  },
  'users.field.organisations': {
    en: 'Organisations and roles',
    nl: 'Organisaties en rollen',
    fr: 'Organisations et rôles',
  },
  'users.field.status': { en: 'Status', nl: 'Status', fr: 'Statut' },
  'users.field.installationAdmin': {
    en: 'Installation admin',
    nl: 'Installatiebeheerder',
    fr: 'Administrateur de l’installation',
  },
  'users.field.installationAdmin.hint': {
    en: 'May manage every organisation and every account. Give this to very few people.',
    nl: 'Mag elke organisatie en elk account beheren. Geef dit aan zeer weinig mensen.',
    fr: 'Peut gérer toutes les organisations et tous les comptes. À réserver à très peu de personnes.',
  },
  'users.status.active': { en: 'Active', nl: 'Actief', fr: 'Actif' },
  'users.status.disabled': { en: 'Disabled', nl: 'Uitgeschakeld', fr: 'Désactivé' },
  'users.disable': { en: 'Disable', nl: 'Uitschakelen', fr: 'Désactiver' },
  'users.admin.grant': {
    en: 'Make installation admin',
    nl: 'Installatiebeheerder maken',
    fr: "Nommer administrateur de l'installation",
  },
  'users.admin.revoke': {
    en: 'Remove installation admin',
    nl: 'Geen installatiebeheerder meer',
    fr: "Retirer le rôle d'administrateur de l'installation",
  },
  'users.admin.granted': {
    en: '{name} is now an installation admin.',
    nl: '{name} is nu installatiebeheerder.',
    fr: "{name} est maintenant administrateur de l'installation.",
  },
  'users.admin.revoked': {
    en: '{name} is no longer an installation admin.',
    nl: '{name} is geen installatiebeheerder meer.',
    fr: "{name} n'est plus administrateur de l'installation.",
  },
  'users.enable': { en: 'Enable', nl: 'Inschakelen', fr: 'Réactiver' },
  'users.created': {
    en: 'User {name} created.',
    nl: 'Gebruiker {name} aangemaakt.',
    fr: 'Utilisateur {name} créé.',
  },
  'users.disabled': {
    en: '{name} is disabled and can no longer log in.',
    nl: '{name} is uitgeschakeld en kan zich niet meer aanmelden.',
    fr: '{name} est désactivé et ne peut plus se connecter.',
  },
  'users.enabled': {
    en: '{name} can log in again.',
    nl: '{name} kan zich opnieuw aanmelden.',
    fr: '{name} peut à nouveau se connecter.',
  },
  'users.password.reset': {
    en: 'Reset password',
    nl: 'Wachtwoord herstellen',
    fr: 'Réinitialiser le mot de passe',
  },
  'users.password.title': {
    en: 'New password for {name}',
    nl: 'Nieuw wachtwoord voor {name}',
    fr: 'Nouveau mot de passe pour {name}',
  },
  'users.password.intro': {
    en: 'Choose a new password for {email} and pass it on by another channel (phone, in person).',
    nl: 'Kies een nieuw wachtwoord voor {email} en geef het via een ander kanaal door (telefoon, persoonlijk).',
    fr: 'Choisissez un nouveau mot de passe pour {email} et transmettez-le par un autre canal (téléphone, en personne).',
  },
  'users.password.new': { en: 'New password', nl: 'Nieuw wachtwoord', fr: 'Nouveau mot de passe' },
  'users.password.done': {
    en: 'The password of {name} has been changed.',
    nl: 'Het wachtwoord van {name} is gewijzigd.',
    fr: 'Le mot de passe de {name} a été modifié.',
  },
  'members.title': { en: 'Members', nl: 'Leden', fr: 'Membres' },
  'members.intro': {
    en: 'The people who work in {organisation}, and their roles.',
    nl: 'De mensen die in {organisation} werken, en hun rollen.',
    fr: 'Les personnes qui travaillent dans {organisation}, et leurs rôles.',
  },
  'members.add': { en: 'Add a member', nl: 'Lid toevoegen', fr: 'Ajouter un membre' },
  'members.add.newUserHint': {
    en: 'Give a name and an initial password: the account is created. A person who already has an account in another organisation is added by an installation admin (who can leave name and password empty).',
    nl: 'Geef een naam en een eerste wachtwoord: het account wordt aangemaakt. Iemand die al een account heeft in een andere organisatie, wordt toegevoegd door een installatiebeheerder (die naam en wachtwoord leeg kan laten).',
    fr: 'Indiquez un nom et un mot de passe initial : le compte sera créé. Une personne qui a déjà un compte dans une autre organisation est ajoutée par un administrateur de l’installation (qui peut laisser le nom et le mot de passe vides).',
  },
  'members.search': {
    en: 'Search by name or e-mail',
    nl: 'Zoeken op naam of e-mail',
    fr: 'Rechercher par nom ou e-mail',
  },
  'members.filter.role.all': { en: 'All roles', nl: 'Alle rollen', fr: 'Tous les rôles' },
  'members.caption': {
    en: 'Members ({total, plural, one {# result} other {# results}})',
    nl: 'Leden ({total, plural, one {# resultaat} other {# resultaten}})',
    fr: 'Membres ({total, plural, one {# résultat} other {# résultats}})',
  },
  'members.empty': {
    en: 'No member matches.',
    nl: 'Geen enkel lid gevonden.',
    fr: 'Aucun membre trouvé.',
  },
  'members.you': { en: '(you)', nl: '(uzelf)', fr: '(vous)' },
  'members.field.role': { en: 'Role', nl: 'Rol', fr: 'Rôle' },
  'members.field.roles': { en: 'Roles', nl: 'Rollen', fr: 'Rôles' },
  'members.field.since': { en: 'Member since', nl: 'Lid sinds', fr: 'Membre depuis' },
  'members.field.initialPassword': {
    en: 'Initial password',
    nl: 'Eerste wachtwoord',
    fr: 'Mot de passe initial',
  },
  'members.roles.change': { en: 'Change roles', nl: 'Rollen wijzigen', fr: 'Modifier les rôles' },
  'members.roles.title': { en: 'Roles of {name}', nl: 'Rollen van {name}', fr: 'Rôles de {name}' },
  'members.remove': { en: 'Remove', nl: 'Verwijderen', fr: 'Retirer' },
  'members.remove.title': {
    en: 'Remove {name}?',
    nl: '{name} verwijderen?',
    fr: 'Retirer {name} ?',
  },
  'members.remove.confirm': {
    en: '{name} will no longer have access to {organisation}. The account itself stays.',
    nl: '{name} heeft dan geen toegang meer tot {organisation}. Het account zelf blijft bestaan.',
    fr: '{name} n’aura plus accès à {organisation}. Le compte lui-même est conservé.',
  },
  'members.added': {
    en: 'Member added: {name}.',
    nl: 'Lid toegevoegd: {name}.',
    fr: 'Membre ajouté : {name}.',
  },
  'members.rolesChanged': {
    en: 'Roles of {name} saved.',
    nl: 'Rollen van {name} opgeslagen.',
    fr: 'Rôles de {name} enregistrés.',
  },
  'members.removed': {
    en: 'Member removed from the organisation: {name}.',
    nl: 'Lid verwijderd uit de organisatie: {name}.',
    fr: 'Membre retiré de l’organisation : {name}.',
  },
});
