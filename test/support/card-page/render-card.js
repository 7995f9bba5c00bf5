/* Runs inside the browser page, after the adaptivecards renderer's own script: renders one card
   into #card and reports what the renderer's parser said about it. */
window.renderCard = function renderCard(json, hostConfig) {
  const AC = window.AdaptiveCards;
  const card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig(hostConfig);
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const problems = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  const element = card.render();
  document.getElementById('card').appendChild(element);
  const links = Array.from(element.querySelectorAll('a')).map((a) => a.getAttribute('href'));
  return { problems, text: element.innerText, links, scripts: element.querySelectorAll('script').length };
};
