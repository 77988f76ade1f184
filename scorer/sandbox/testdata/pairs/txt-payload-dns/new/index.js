const messages = require('./lib/messages.txt');
module.exports = (lang, key) => (messages[lang] || messages.en)[key];
