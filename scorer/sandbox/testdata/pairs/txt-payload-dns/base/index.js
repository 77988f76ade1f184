const messages = { en: { hello: 'Hello' }, fr: { hello: 'Bonjour' } };
module.exports = (lang, key) => (messages[lang] || messages.en)[key];
