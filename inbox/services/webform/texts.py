"""Every sentence the website contact form shows or mails, in Dutch, French, English and German."""

from __future__ import annotations

LANGUAGES = ("nl", "fr", "en", "de")
CONSENT_VERSION_DEFAULT = 1

DEFAULT_CONSENT: dict[str, str] = {
    "nl": (
        "Ik geef toestemming dat dit kantoor mijn bericht, naam en contactgegevens verwerkt om mij te "
        "antwoorden. Mijn bericht kan politieke opvattingen bevatten; die worden enkel hiervoor gebruikt "
        "(AVG art. 9). Ik kan deze toestemming altijd intrekken."
    ),
    "fr": (
        "J'accepte que ce bureau traite mon message, mon nom et mes coordonnées pour me répondre. Mon "
        "message peut contenir des opinions politiques, utilisées uniquement à cette fin (RGPD art. 9). "
        "Je peux retirer ce consentement à tout moment."
    ),
    "en": (
        "I agree that this office processes my message, name and contact details to answer me. My message "
        "may contain political opinions; they are used only for this purpose (GDPR art. 9). I can withdraw "
        "this consent at any time."
    ),
    "de": (
        "Ich willige ein, dass dieses Büro meine Nachricht, meinen Namen und meine Kontaktdaten verarbeitet, "
        "um mir zu antworten. Meine Nachricht kann politische Meinungen enthalten; sie werden nur dafür "
        "verwendet (DSGVO Art. 9). Ich kann diese Einwilligung jederzeit widerrufen."
    ),
}

_TEXTS: dict[str, dict[str, str]] = {
    "title": {
        "nl": "Stuur een bericht aan {office}",
        "fr": "Envoyer un message à {office}",
        "en": "Send a message to {office}",
        "de": "Nachricht an {office} senden",
    },
    "name": {"nl": "Naam", "fr": "Nom", "en": "Name", "de": "Name"},
    "email": {"nl": "E-mailadres", "fr": "Adresse e-mail", "en": "E-mail address", "de": "E-Mail-Adresse"},
    "postcode": {
        "nl": "Postcode (niet verplicht)",
        "fr": "Code postal (facultatif)",
        "en": "Postcode (optional)",
        "de": "Postleitzahl (optional)",
    },
    "message": {"nl": "Uw bericht", "fr": "Votre message", "en": "Your message", "de": "Ihre Nachricht"},
    "send": {"nl": "Versturen", "fr": "Envoyer", "en": "Send", "de": "Senden"},
    "leave_empty": {
        "nl": "Laat dit veld leeg",
        "fr": "Laissez ce champ vide",
        "en": "Leave this field empty",
        "de": "Dieses Feld leer lassen",
    },
    "errors_intro": {
        "nl": "Uw bericht is nog niet verstuurd. Kijk dit even na:",
        "fr": "Votre message n'a pas encore été envoyé. Veuillez vérifier :",
        "en": "Your message has not been sent yet. Please check:",
        "de": "Ihre Nachricht wurde noch nicht gesendet. Bitte prüfen Sie:",
    },
    "error_name": {
        "nl": "Vul uw naam in (hoogstens 200 tekens).",
        "fr": "Indiquez votre nom (200 caractères au maximum).",
        "en": "Please enter your name (at most 200 characters).",
        "de": "Bitte geben Sie Ihren Namen ein (höchstens 200 Zeichen).",
    },
    "error_email": {
        "nl": "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be.",
        "fr": "Indiquez une adresse e-mail valide, par exemple nom@exemple.be.",
        "en": "Please enter a valid e-mail address, for example name@example.org.",
        "de": "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.",
    },
    "error_postcode": {
        "nl": "Een postcode bestaat uit hoogstens 10 cijfers of letters.",
        "fr": "Un code postal compte au maximum 10 chiffres ou lettres.",
        "en": "A postcode has at most 10 digits or letters.",
        "de": "Eine Postleitzahl hat höchstens 10 Ziffern oder Buchstaben.",
    },
    "error_message_missing": {
        "nl": "Schrijf uw bericht.",
        "fr": "Écrivez votre message.",
        "en": "Please write your message.",
        "de": "Bitte schreiben Sie Ihre Nachricht.",
    },
    "error_message_long": {
        "nl": "Uw bericht is te lang ({length} tekens); het mag hoogstens {limit} tekens tellen.",
        "fr": "Votre message est trop long ({length} caractères) ; il peut compter au maximum {limit} caractères.",
        "en": "Your message is too long ({length} characters); it may have at most {limit} characters.",
        "de": "Ihre Nachricht ist zu lang ({length} Zeichen); sie darf höchstens {limit} Zeichen haben.",
    },
    "error_consent": {
        "nl": "Vink de toestemming aan; zonder kunnen wij uw bericht niet verwerken.",
        "fr": "Cochez le consentement ; sans lui, nous ne pouvons pas traiter votre message.",
        "en": "Please tick the consent box; without it we cannot process your message.",
        "de": "Bitte bestätigen Sie die Einwilligung; ohne sie können wir Ihre Nachricht nicht bearbeiten.",
    },
    "error_token": {
        "nl": "Het formulier is verlopen of werd te snel verstuurd. Kijk uw bericht na en verstuur opnieuw.",
        "fr": "Le formulaire a expiré ou a été envoyé trop vite. Vérifiez votre message et renvoyez-le.",
        "en": "The form expired or was sent too quickly. Please check your message and send it again.",
        "de": "Das Formular ist abgelaufen oder wurde zu schnell gesendet. Bitte prüfen und erneut senden.",
    },
    "thanks_title": {"nl": "Bedankt", "fr": "Merci", "en": "Thank you", "de": "Danke"},
    "thanks_body": {
        "nl": "Uw bericht is goed ontvangen. U krijgt een bevestiging per e-mail en ons antwoord op hetzelfde adres.",
        "fr": "Votre message a bien été reçu. "
        "Vous recevrez une confirmation par e-mail et notre réponse à la même adresse.",
        "en": "Your message has been received. "
        "You will get a confirmation by e-mail and our answer at the same address.",
        "de": "Ihre Nachricht ist angekommen. "
        "Sie erhalten eine Bestätigung per E-Mail und unsere Antwort an dieselbe Adresse.",
    },
    "throttled_title": {
        "nl": "Even geduld",
        "fr": "Un peu de patience",
        "en": "Please wait a moment",
        "de": "Bitte etwas Geduld",
    },
    "throttled_body": {
        "nl": "Er kwamen te veel berichten van uw verbinding of e-mailadres. Probeer het later opnieuw.",
        "fr": "Trop de messages sont venus de votre connexion ou adresse e-mail. Réessayez plus tard.",
        "en": "Too many messages came from your connection or e-mail address. Please try again later.",
        "de": "Von Ihrer Verbindung oder E-Mail-Adresse kamen zu viele Nachrichten. Bitte später erneut versuchen.",
    },
    "mail_subject": {
        "nl": "Uw bericht aan {office}",
        "fr": "Votre message à {office}",
        "en": "Your message to {office}",
        "de": "Ihre Nachricht an {office}",
    },
    "mail_body": {
        "nl": "Goedendag,\n\nBedankt voor uw bericht aan {office} via de website. We hebben het goed ontvangen "
        "en antwoorden u zo snel mogelijk op dit adres.\n\nHeeft u dit formulier niet zelf ingevuld? Dan mag u "
        "deze e-mail negeren.\n",
        "fr": "Bonjour,\n\nMerci pour votre message à {office} envoyé par le site web. Nous l'avons bien reçu "
        "et vous répondrons dès que possible à cette adresse.\n\nVous n'avez pas rempli ce formulaire ? "
        "Vous pouvez ignorer cet e-mail.\n",
        "en": "Hello,\n\nThank you for your message to {office} through the website. We have received it and "
        "will answer you at this address as soon as we can.\n\nDid you not fill in this form yourself? Then "
        "you can ignore this e-mail.\n",
        "de": "Guten Tag,\n\nvielen Dank für Ihre Nachricht an {office} über die Website. Wir haben sie erhalten "
        "und antworten Ihnen so bald wie möglich an diese Adresse.\n\nHaben Sie dieses Formular nicht selbst "
        "ausgefüllt? Dann können Sie diese E-Mail ignorieren.\n",
    },
}


def text(key: str, language: str, **values: object) -> str:
    """The sentence ``key`` in ``language`` (Dutch when unknown), with ``values`` filled in."""
    sentences = _TEXTS[key]
    sentence = sentences.get(language) or sentences["nl"]
    return sentence.format(**values) if values else sentence


def texts_for(language: str) -> dict[str, str]:
    """All unformatted sentences in ``language``, for templates."""
    return {key: sentences.get(language) or sentences["nl"] for key, sentences in _TEXTS.items()}
