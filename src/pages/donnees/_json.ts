/** A JSON file of the built site (the `_` keeps this helper from being a route). */
export const reponseJson = (donnees: unknown) => new Response(JSON.stringify(donnees), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
