// Direct calls to the server under test, for what a scenario must know but not click
// through: which grid a point falls in, a case outside a worker's grid, counts to compare.
export class Api {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.token = '';
  }

  async call(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}/api/v1/${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const error = new Error(`${method} ${path}: ${response.status} ${text}`);
      error.status = response.status;
      throw error;
    }
    return json;
  }

  get(path) {
    return this.call('GET', path);
  }

  post(path, body = {}) {
    return this.call('POST', path, body);
  }

  put(path, body = {}) {
    return this.call('PUT', path, body);
  }

  // A file as the body of a request (an upload), its type the Content-Type.
  async send(path, bytes, type) {
    const response = await fetch(`${this.baseUrl}/api/v1/${path}`, {
      method: 'POST',
      headers: { Accept: 'application/json', Authorization: `Bearer ${this.token}`, 'Content-Type': type },
      body: bytes,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${text}`);
    return JSON.parse(text);
  }

  // A file the server answers (a PDF), as bytes with its type.
  async bytes(path) {
    const response = await fetch(`${this.baseUrl}/api/v1/${path}`, { headers: { Authorization: `Bearer ${this.token}` } });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return { type: response.headers.get('content-type'), data: Buffer.from(await response.arrayBuffer()) };
  }

  static async signedIn(baseUrl, username, password) {
    const api = new Api(baseUrl);
    const answer = await api.call('POST', 'auth/sign-in', { username, password });
    api.token = answer.token;
    return api;
  }
}
